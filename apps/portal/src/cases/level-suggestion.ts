import type { LevelSuggestionView } from '../clients/screening.client';
import { CONCERN_LABELS, LEVEL_OF_NEED_LABELS, labelFor } from '../rendering/labels';

/**
 * The threshold document's suggestion in words a screener reads at a glance: the level, then each
 * indicator at that level with why it matched. Screening's own `reasons` carry the indicator codes
 * and raw match tokens for the API; the code stays here only as a reference to the document.
 */
export function levelSuggestionInWords(suggestion: LevelSuggestionView): { level: string; because: string[] } {
  const level = labelFor(LEVEL_OF_NEED_LABELS, suggestion.suggestedLevel);
  const decisive = suggestion.matchedIndicators.filter((match) => match.level === suggestion.suggestedLevel);
  if (decisive.length === 0) {
    return { level, because: ['No indicator in the threshold document matched, so this is the default.'] };
  }
  return {
    level,
    because: decisive.map(
      (match) => `${match.description} Matched because ${matchReasons(match.matchedOn)} (indicator ${match.code}).`,
    ),
  };
}

function matchReasons(tokens: string[]): string {
  const words = tokens.map(matchReason);
  return words.length <= 1 ? (words[0] ?? 'it applies') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function matchReason(token: string): string {
  const [kind, value] = token.split(/:(.*)/s);
  switch (kind) {
    case 'category':
      return `the contact is about ${labelFor(CONCERN_LABELS, value).toLowerCase()}`;
    case 'keyword':
      return `the worry mentions "${value}"`;
    case 'age':
      return value === 'unknown'
        ? "a child's age is not known"
        : `a child is ${value === '0' ? 'under 1' : `aged ${value}`}`;
    case 'immediate-danger':
      return 'the referrer said a child is in immediate danger';
    default:
      return token;
  }
}
