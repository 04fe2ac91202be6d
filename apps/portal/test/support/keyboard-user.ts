import type { Page } from 'playwright-core';

/** What has focus, as someone using the keyboard would hear and see it. */
export interface FocusedElement {
  tag: string;
  id: string;
  type: string;
  /** The accessible name, near enough: label, aria-label, or text. */
  name: string;
  checked: boolean;
  /** The browser would show a focus indicator (`:focus-visible`) and the style draws one. */
  visible: boolean;
}

const MAX_PRESSES = 80;

// A string evaluated in the page: this project compiles without the DOM's types.
const DESCRIBE_FOCUS = `(() => {
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  const label = element.labels && element.labels[0];
  const name = (element.getAttribute('aria-label') || (label ? label.textContent : element.textContent) || '')
    .replace(/\\s+/g, ' ').trim();
  const drawn = (style) =>
    (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && style.outlineColor !== 'transparent' && !style.outlineColor.endsWith(', 0)')) ||
    (style.boxShadow && style.boxShadow !== 'none') ||
    style.backgroundColor === 'rgb(255, 221, 0)';
  // GOV.UK radios and checkboxes draw their focus ring on the label's ::before.
  const indicator = element.type === 'radio' || element.type === 'checkbox'
    ? drawn(getComputedStyle(label, '::before'))
    : drawn(getComputedStyle(element));
  return {
    tag: element.tagName.toLowerCase(),
    id: element.id,
    type: element.type || '',
    name,
    checked: element.checked === true,
    visible: element.matches(':focus-visible') && indicator,
  };
})()`;

/**
 * A person who uses only the keyboard: Tab and Shift+Tab to move, Enter and Space to act, arrow
 * keys within a radio group (how radios work from the keyboard). No clicks and no scripted
 * clicks: if something cannot be reached this way, the test fails.
 */
export class KeyboardUser {
  constructor(private readonly page: Page) {}

  async focused(): Promise<FocusedElement | null> {
    return this.page.evaluate<FocusedElement | null>(DESCRIBE_FOCUS);
  }

  /** Tabs (or Shift+Tabs) until something named `name` has focus, and checks focus is visible there. */
  async tabTo(name: string | RegExp, options: { backwards?: boolean } = {}): Promise<FocusedElement> {
    const matches = (focused: FocusedElement | null) =>
      focused !== null && (typeof name === 'string' ? focused.name === name : name.test(focused.name));
    for (let presses = 0; presses < MAX_PRESSES; presses++) {
      await this.page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
      const focused = await this.focused();
      if (matches(focused)) {
        if (!focused!.visible) throw new Error(`Focus on "${focused!.name}" is not visible`);
        return focused!;
      }
    }
    throw new Error(`Could not reach "${String(name)}" with ${options.backwards ? 'Shift+Tab' : 'Tab'}`);
  }

  /** Types into whatever has focus. */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  async fill(label: string, text: string): Promise<void> {
    await this.tabTo(label);
    await this.type(text);
  }

  /** Presses Enter on the focused link or button and waits for the next page. */
  async activate(name: string | RegExp, options: { backwards?: boolean } = {}): Promise<void> {
    await this.tabTo(name, options);
    await Promise.all([this.page.waitForEvent('load'), this.page.keyboard.press('Enter')]);
  }

  /** Tabs into a radio group and moves through it with the arrow keys until `label` is chosen. */
  async chooseRadio(label: string): Promise<void> {
    await this.tabToRadio();
    for (let presses = 0; presses < 20; presses++) {
      let focused = await this.focused();
      // Tabbing into a group with nothing chosen focuses its first radio without choosing it.
      if (focused?.name === label && !focused.checked) {
        await this.page.keyboard.press('Space');
        focused = await this.focused();
      }
      if (focused?.name === label && focused.checked) {
        if (!focused.visible) throw new Error(`Focus on "${label}" is not visible`);
        return;
      }
      await this.page.keyboard.press('ArrowDown');
    }
    throw new Error(`Could not choose "${label}" with the arrow keys`);
  }

  /** Tabs to the checkbox `label` and ticks it with Space. */
  async tick(label: string): Promise<void> {
    const focused = await this.tabTo(label);
    if (focused.type !== 'checkbox') throw new Error(`"${label}" is not a checkbox`);
    await this.page.keyboard.press('Space');
  }

  private async tabToRadio(): Promise<void> {
    for (let presses = 0; presses < MAX_PRESSES; presses++) {
      await this.page.keyboard.press('Tab');
      if ((await this.focused())?.type === 'radio') return;
    }
    throw new Error('Could not reach a radio group with Tab');
  }
}
