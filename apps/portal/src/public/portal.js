// The portal's only script. Everything works without it; it adds GOV.UK components' behaviour
// and the sign-out warning (a dialog that can extend the session before it times out).
import { initAll } from '/govuk-frontend/govuk-frontend.min.js';

initAll();

// GOV.UK Frontend's conditional reveals set aria-expanded on radio buttons and checkboxes, which
// ARIA 1.2 does not allow on those roles (axe: aria-allowed-attr). The revealed content stays
// tied to its input by aria-controls, and follows it in reading order, so the attribute goes.
const dropAriaExpanded = (input) => {
  if (input.hasAttribute('aria-expanded')) input.removeAttribute('aria-expanded');
};
const choiceInputs = 'input[type="radio"][aria-controls], input[type="checkbox"][aria-controls]';
document.querySelectorAll(choiceInputs).forEach(dropAriaExpanded);
new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    if (mutation.target instanceof HTMLInputElement && mutation.target.matches(choiceInputs)) {
      dropAriaExpanded(mutation.target);
    }
  }
}).observe(document.body, { attributes: true, attributeFilter: ['aria-expanded'], subtree: true });

const dialog = document.getElementById('session-timeout');
if (dialog && typeof dialog.showModal === 'function') {
  const secondsLeft = Number(dialog.dataset.secondsLeft);
  const warningSeconds = Number(dialog.dataset.warningSeconds);
  const warnIn = Math.max(0, secondsLeft - warningSeconds) * 1000;
  window.setTimeout(() => {
    dialog.showModal();
    dialog.querySelector('button[type="submit"]')?.focus();
  }, warnIn);
  // When time is up, reload: the server signs the user out and says why on the sign-in page.
  window.setTimeout(() => window.location.reload(), secondsLeft * 1000 + 1000);
}
