import { ConcernCategory, LevelOfNeed } from '@frontdoor/contracts';
import { DEFAULT_THRESHOLD_DOCUMENT } from './default-threshold-document';
import { THRESHOLD_DOMAINS, ThresholdDocument } from './threshold-document';
import {
  InvalidThresholdDocumentError,
  assertValidThresholdDocument,
  thresholdDocumentProblems,
  uncoveredConcernCategories,
} from './validate-threshold-document';

const validIndicator = {
  code: 'FE-2-01',
  level: 2,
  domain: 'family-and-environment',
  description: 'A single incident.',
  concernCategories: ['domestic-abuse'],
};

function documentWith(...indicators: unknown[]): unknown {
  return { name: 'Local thresholds', version: '1', indicators };
}

describe('thresholdDocumentProblems', () => {
  it('finds nothing wrong with a well-formed document', () => {
    expect(thresholdDocumentProblems(documentWith(validIndicator))).toEqual([]);
  });

  it.each<[string, unknown]>([
    ['not an object', 'thresholds.json'],
    ['null', null],
    ['an array', []],
  ])('refuses a document that is %s', (_label, document) => {
    expect(thresholdDocumentProblems(document)).toEqual(['The threshold document must be an object.']);
  });

  it('needs a name, a version and some indicators', () => {
    expect(thresholdDocumentProblems({ name: ' ', indicators: [] })).toEqual([
      'The document needs a name.',
      'The document needs a version.',
      'The document needs at least one indicator.',
    ]);
  });

  it('refuses duplicate codes', () => {
    expect(thresholdDocumentProblems(documentWith(validIndicator, validIndicator))).toEqual([
      'FE-2-01 is used by more than one indicator; codes must be unique.',
    ]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a missing code', { code: '' }, 'Indicator 1 needs a code.'],
    ['level 0', { level: 0 }, 'FE-2-01 has level 0; levels are 1 to 4.'],
    ['level 5', { level: 5 }, 'FE-2-01 has level 5; levels are 1 to 4.'],
    ['a level given as text', { level: '2' }, 'FE-2-01 has level 2; levels are 1 to 4.'],
    [
      'an unknown domain',
      { domain: 'health' },
      `FE-2-01 has unknown domain 'health'; use one of ${THRESHOLD_DOMAINS.join(', ')}.`,
    ],
    ['an empty description', { description: '  ' }, 'FE-2-01 needs a description.'],
    ['an unknown category', { concernCategories: ['bullying'] }, "FE-2-01 has unknown concern category 'bullying'."],
    [
      'an empty category list',
      { concernCategories: [] },
      'FE-2-01 concernCategories must be a non-empty list when given.',
    ],
    ['an empty keyword list', { keywords: [] }, 'FE-2-01 keywords must be a non-empty list when given.'],
    ['a blank keyword', { keywords: ['knife', ''] }, 'FE-2-01 keywords must all be non-empty text.'],
    [
      'immediate danger as text',
      { requiresImmediateDanger: 'yes' },
      'FE-2-01 requiresImmediateDanger must be true or false.',
    ],
    [
      'a negative age',
      { maxChildAgeYears: -1 },
      'FE-2-01 maxChildAgeYears must be a whole number of years from 0 to 25.',
    ],
    [
      'a fractional age',
      { minChildAgeYears: 1.5 },
      'FE-2-01 minChildAgeYears must be a whole number of years from 0 to 25.',
    ],
    [
      'min above max',
      { minChildAgeYears: 12, maxChildAgeYears: 5 },
      'FE-2-01 minChildAgeYears (12) is above maxChildAgeYears (5).',
    ],
  ])('reports %s', (_label, change, problem) => {
    expect(thresholdDocumentProblems(documentWith({ ...validIndicator, ...change }))).toEqual([problem]);
  });

  it('refuses an indicator with no condition, which would match every contact', () => {
    const { concernCategories: _omitted, ...noCondition } = validIndicator;
    expect(thresholdDocumentProblems(documentWith({ ...noCondition, maxChildAgeYears: 1 }))).toEqual([
      'FE-2-01 must give concernCategories, keywords or requiresImmediateDanger.',
    ]);
  });

  it('lists every problem at once', () => {
    const problems = thresholdDocumentProblems(documentWith({ ...validIndicator, level: 9, domain: 'x' }, 'oops'));
    expect(problems).toHaveLength(3);
    expect(problems[2]).toBe('Indicator 2 must be an object.');
  });
});

describe('assertValidThresholdDocument', () => {
  it('passes a valid document', () => {
    expect(() => assertValidThresholdDocument(documentWith(validIndicator))).not.toThrow();
  });

  it('throws one error listing every problem, for boot', () => {
    const broken = documentWith({ ...validIndicator, level: 7 });
    expect(() => assertValidThresholdDocument(broken)).toThrow(InvalidThresholdDocumentError);
    expect(() => assertValidThresholdDocument(broken)).toThrow(
      'The threshold document is not valid:\n- FE-2-01 has level 7; levels are 1 to 4.',
    );
  });
});

describe('the default threshold document', () => {
  const { indicators } = DEFAULT_THRESHOLD_DOCUMENT;

  it('validates clean', () => {
    expect(thresholdDocumentProblems(DEFAULT_THRESHOLD_DOCUMENT)).toEqual([]);
  });

  it('covers every concern category', () => {
    expect(uncoveredConcernCategories(DEFAULT_THRESHOLD_DOCUMENT)).toEqual([]);
  });

  it('has 40 to 60 indicators across all four levels and all three domains', () => {
    expect(indicators.length).toBeGreaterThanOrEqual(40);
    expect(indicators.length).toBeLessThanOrEqual(60);
    expect(new Set(indicators.map((indicator) => indicator.level))).toEqual(
      new Set([LevelOfNeed.Universal, LevelOfNeed.EarlyHelp, LevelOfNeed.Targeted, LevelOfNeed.Specialist]),
    );
    expect(new Set(indicators.map((indicator) => indicator.domain))).toEqual(new Set(THRESHOLD_DOMAINS));
  });

  it('codes each indicator by its domain and level', () => {
    const prefixes = { 'developmental-needs': 'DN', 'parenting-capacity': 'PC', 'family-and-environment': 'FE' };
    for (const indicator of indicators) {
      expect(indicator.code).toMatch(new RegExp(`^${prefixes[indicator.domain]}-${indicator.level}-\\d{2}$`));
    }
  });

  it('gives every category an indicator that needs no keyword, so a category alone is never level 1 by omission', () => {
    const categoryOnly = new Set(
      indicators.filter((indicator) => !indicator.keywords).flatMap((indicator) => indicator.concernCategories ?? []),
    );
    // Other is deliberately left to keyword indicators: it says nothing about need by itself.
    const expected = Object.values(ConcernCategory).filter((category) => category !== ConcernCategory.Other);
    expect(expected.filter((category) => !categoryOnly.has(category))).toEqual([]);
  });
});

describe('uncoveredConcernCategories', () => {
  it('names the categories no indicator mentions', () => {
    const document: ThresholdDocument = {
      name: 'Tiny',
      version: '1',
      indicators: [
        {
          ...validIndicator,
          level: LevelOfNeed.EarlyHelp,
          domain: 'family-and-environment',
          concernCategories: [ConcernCategory.DomesticAbuse],
        },
      ],
    };
    const uncovered = uncoveredConcernCategories(document);
    expect(uncovered).not.toContain(ConcernCategory.DomesticAbuse);
    expect(uncovered).toHaveLength(Object.values(ConcernCategory).length - 1);
  });
});
