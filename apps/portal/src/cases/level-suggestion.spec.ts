import { levelSuggestionInWords } from './level-suggestion';

describe('the suggested level in words', () => {
  it('names the level and why each decisive indicator matched, without raw tokens', () => {
    const words = levelSuggestionInWords({
      suggestedLevel: 2,
      reasons: ['Level 2 (early help) suggested: the highest level among 2 matched indicators.', 'PC-2-01: ...'],
      matchedIndicators: [
        {
          code: 'PC-2-01',
          level: 2,
          description: 'Emerging worries about basic care, hygiene or supervision.',
          matchedOn: ['category:neglect'],
        },
        { code: 'U-1-01', level: 1, description: 'Lower level.', matchedOn: ['category:housing'] },
      ],
    });
    expect(words.level).toBe('Level 2: early help');
    expect(words.because).toEqual([
      'Emerging worries about basic care, hygiene or supervision. Matched because the contact is about neglect (indicator PC-2-01).',
    ]);
  });

  it('joins several reasons in a sentence', () => {
    const words = levelSuggestionInWords({
      suggestedLevel: 4,
      reasons: [],
      matchedIndicators: [
        {
          code: 'X-4-01',
          level: 4,
          description: 'A baby is hurt.',
          matchedOn: ['category:physical-abuse', 'keyword:bruise', 'age:0', 'immediate-danger'],
        },
      ],
    });
    expect(words.because[0]).toBe(
      'A baby is hurt. Matched because the contact is about physical abuse, the worry mentions "bruise", ' +
        'a child is under 1 and the referrer said a child is in immediate danger (indicator X-4-01).',
    );
  });

  it('says when nothing matched', () => {
    expect(levelSuggestionInWords({ suggestedLevel: 1, reasons: [], matchedIndicators: [] }).because).toEqual([
      'No indicator in the threshold document matched, so this is the default.',
    ]);
  });
});
