import { ConcernCategory as C, LevelOfNeed } from '@frontdoor/contracts';
import { DEFAULT_THRESHOLD_DOCUMENT } from './default-threshold-document';
import { ContactFacts, UNKNOWN_AGE_MATCH, suggestLevelOfNeed } from './suggest-level';
import { ThresholdDocument, ThresholdIndicator } from './threshold-document';

function facts(overrides: Partial<ContactFacts> = {}): ContactFacts {
  return { categories: [], narrative: '', immediateDanger: false, childAgesYears: [8], ...overrides };
}

function documentWith(...indicators: ThresholdIndicator[]): ThresholdDocument {
  return { name: 'Test thresholds', version: 't1', indicators };
}

const indicator = (overrides: Partial<ThresholdIndicator>): ThresholdIndicator => ({
  code: 'XX-2-01',
  level: LevelOfNeed.EarlyHelp,
  domain: 'family-and-environment',
  description: 'Test indicator.',
  ...overrides,
});

describe('suggestLevelOfNeed', () => {
  describe('matching one indicator', () => {
    it('matches on any of its categories and says which', () => {
      const document = documentWith(indicator({ concernCategories: [C.Neglect, C.Housing] }));
      const suggestion = suggestLevelOfNeed(document, facts({ categories: [C.Housing, C.Other] }));
      expect(suggestion.matchedIndicators).toHaveLength(1);
      expect(suggestion.matchedIndicators[0].matchedOn).toEqual(['category:housing']);
    });

    it('does not match when none of its categories is raised', () => {
      const document = documentWith(indicator({ concernCategories: [C.Neglect] }));
      expect(suggestLevelOfNeed(document, facts({ categories: [C.Housing] })).matchedIndicators).toEqual([]);
    });

    it('needs a keyword as well as a category when it gives both', () => {
      const document = documentWith(indicator({ concernCategories: [C.DomesticAbuse], keywords: ['weapon'] }));
      const without = facts({ categories: [C.DomesticAbuse], narrative: 'Shouting heard by neighbours.' });
      const withKeyword = facts({ categories: [C.DomesticAbuse], narrative: 'He had a WEAPON in the kitchen.' });
      expect(suggestLevelOfNeed(document, without).matchedIndicators).toEqual([]);
      expect(suggestLevelOfNeed(document, withKeyword).matchedIndicators[0].matchedOn).toEqual([
        'category:domestic-abuse',
        'keyword:weapon',
      ]);
    });

    it('matches keywords as whole words only', () => {
      const document = documentWith(indicator({ keywords: ['hit'] }));
      expect(suggestLevelOfNeed(document, facts({ narrative: 'He wore a white shirt.' })).matchedIndicators).toEqual(
        [],
      );
      expect(suggestLevelOfNeed(document, facts({ narrative: 'She was hitting out.' })).matchedIndicators).toEqual([]);
      expect(suggestLevelOfNeed(document, facts({ narrative: 'Dad hit Mum.' })).matchedIndicators).toHaveLength(1);
      expect(suggestLevelOfNeed(document, facts({ narrative: '"Hit!" she said' })).matchedIndicators).toHaveLength(1);
    });

    it('matches phrases across line breaks and extra spaces, and with curly apostrophes', () => {
      const document = documentWith(indicator({ keywords: ['left alone', "didn't eat"] }));
      const suggestion = suggestLevelOfNeed(
        document,
        facts({ narrative: 'The children were LEFT\n  alone. Sam didn\u2019t eat.' }),
      );
      expect(suggestion.matchedIndicators[0].matchedOn).toEqual(['keyword:left alone', "keyword:didn't eat"]);
    });

    it('treats keyword punctuation literally, not as a pattern', () => {
      const document = documentWith(indicator({ keywords: ['a.b (c)'] }));
      expect(suggestLevelOfNeed(document, facts({ narrative: 'axb c' })).matchedIndicators).toEqual([]);
      expect(suggestLevelOfNeed(document, facts({ narrative: 'see a.b (c) here' })).matchedIndicators).toHaveLength(1);
    });

    it('needs immediate danger when it requires it', () => {
      const document = documentWith(indicator({ requiresImmediateDanger: true }));
      expect(suggestLevelOfNeed(document, facts()).matchedIndicators).toEqual([]);
      expect(suggestLevelOfNeed(document, facts({ immediateDanger: true })).matchedIndicators[0].matchedOn).toEqual([
        'immediate-danger',
      ]);
    });

    describe('age limits', () => {
      const babyIndicator = indicator({ concernCategories: [C.PhysicalAbuse], maxChildAgeYears: 1 });
      const teenIndicator = indicator({
        concernCategories: [C.PhysicalAbuse],
        minChildAgeYears: 13,
        maxChildAgeYears: 17,
      });

      it('holds when at least one child is within the limits (inclusive)', () => {
        const suggestion = suggestLevelOfNeed(
          documentWith(babyIndicator),
          facts({ categories: [C.PhysicalAbuse], childAgesYears: [9, 1] }),
        );
        expect(suggestion.matchedIndicators[0].matchedOn).toEqual(['category:physical-abuse', 'age:1']);
      });

      it('fails when every child is outside the limits', () => {
        const document = documentWith(babyIndicator, teenIndicator);
        const suggestion = suggestLevelOfNeed(
          document,
          facts({ categories: [C.PhysicalAbuse], childAgesYears: [2, 12, 18] }),
        );
        expect(suggestion.matchedIndicators).toEqual([]);
      });

      it('counts an unborn child (age 0) as within a maximum age', () => {
        const suggestion = suggestLevelOfNeed(
          documentWith(babyIndicator),
          facts({ categories: [C.PhysicalAbuse], childAgesYears: [0] }),
        );
        expect(suggestion.matchedIndicators).toHaveLength(1);
      });

      it('does not rule out a child of unknown age, and says the match assumed it', () => {
        const suggestion = suggestLevelOfNeed(
          documentWith(babyIndicator),
          facts({ categories: [C.PhysicalAbuse], childAgesYears: [10, null] }),
        );
        expect(suggestion.matchedIndicators[0].matchedOn).toContain(UNKNOWN_AGE_MATCH);
        expect(suggestion.reasons.join(' ')).toMatch(/age is unknown/);
      });

      it('prefers a known age within the limits over the unknown-age assumption', () => {
        const suggestion = suggestLevelOfNeed(
          documentWith(teenIndicator),
          facts({ categories: [C.PhysicalAbuse], childAgesYears: [null, 14] }),
        );
        expect(suggestion.matchedIndicators[0].matchedOn).toEqual(['category:physical-abuse', 'age:14']);
        expect(suggestion.reasons.join(' ')).not.toMatch(/age is unknown/);
      });

      it('treats a contact with no children listed as unknown age', () => {
        const suggestion = suggestLevelOfNeed(
          documentWith(babyIndicator),
          facts({ categories: [C.PhysicalAbuse], childAgesYears: [] }),
        );
        expect(suggestion.matchedIndicators[0].matchedOn).toContain(UNKNOWN_AGE_MATCH);
      });
    });
  });

  describe('the suggestion', () => {
    const document = documentWith(
      indicator({ code: 'B-3-02', level: LevelOfNeed.Targeted, concernCategories: [C.Neglect] }),
      indicator({ code: 'A-2-01', level: LevelOfNeed.EarlyHelp, concernCategories: [C.Neglect] }),
      indicator({ code: 'A-3-01', level: LevelOfNeed.Targeted, concernCategories: [C.Neglect], keywords: ['hungry'] }),
      indicator({ code: 'A-4-01', level: LevelOfNeed.Specialist, requiresImmediateDanger: true }),
    );

    it('is the highest matched level, with matches sorted by level then code', () => {
      const suggestion = suggestLevelOfNeed(document, facts({ categories: [C.Neglect], narrative: 'Often hungry.' }));
      expect(suggestion.suggestedLevel).toBe(LevelOfNeed.Targeted);
      expect(suggestion.matchedIndicators.map((match) => match.code)).toEqual(['A-3-01', 'B-3-02', 'A-2-01']);
      expect(suggestion.reasons[0]).toBe(
        'Level 3 (targeted / child in need) suggested: the highest level among 3 matched indicators.',
      );
      expect(suggestion.reasons).toContain('A-3-01: Test indicator. (matched on category:neglect, keyword:hungry)');
      expect(suggestion.reasons.some((reason) => reason.startsWith('A-2-01'))).toBe(false);
    });

    it('copies what the indicator says into each match', () => {
      const suggestion = suggestLevelOfNeed(document, facts({ immediateDanger: true }));
      expect(suggestion.matchedIndicators).toEqual([
        {
          code: 'A-4-01',
          level: LevelOfNeed.Specialist,
          domain: 'family-and-environment',
          description: 'Test indicator.',
          matchedOn: ['immediate-danger'],
        },
      ]);
    });

    it('is level 1 with a reason saying so when nothing matches', () => {
      const suggestion = suggestLevelOfNeed(document, facts({ categories: [C.Housing] }));
      expect(suggestion.suggestedLevel).toBe(LevelOfNeed.Universal);
      expect(suggestion.matchedIndicators).toEqual([]);
      expect(suggestion.reasons).toHaveLength(1);
      expect(suggestion.reasons[0]).toMatch(/^No indicator in "Test thresholds" \(version t1\) matched/);
    });
  });

  describe('with the default document', () => {
    const suggest = (overrides: Partial<ContactFacts>) =>
      suggestLevelOfNeed(DEFAULT_THRESHOLD_DOCUMENT, facts(overrides));
    const codes = (overrides: Partial<ContactFacts>) => suggest(overrides).matchedIndicators.map((match) => match.code);

    it.each<[string, Partial<ContactFacts>, LevelOfNeed]>([
      ['immediate danger, whatever else', { categories: [C.Housing], immediateDanger: true }, 4],
      ['a disclosure of sexual abuse', { categories: [C.SexualAbuse], narrative: 'Told her teacher.' }, 4],
      [
        'a bruise on a baby',
        { categories: [C.PhysicalAbuse], narrative: 'Bruising to the ear.', childAgesYears: [0] },
        4,
      ],
      ['FGM', { categories: [C.Fgm] }, 4],
      [
        'trafficking described under another category',
        { categories: [C.Other], narrative: 'Possibly trafficked from abroad.' },
        4,
      ],
      [
        'CSE with an older boyfriend',
        { categories: [C.ChildSexualExploitation], narrative: 'Has an older boyfriend aged 24.' },
        4,
      ],
      [
        'CCE with county lines',
        { categories: [C.ChildCriminalExploitation], narrative: 'Found in Blackpool, county lines.' },
        4,
      ],
      ['DA with strangulation', { categories: [C.DomesticAbuse], narrative: 'Mum was strangled.' }, 4],
      [
        'ongoing DA with children present',
        { categories: [C.DomesticAbuse], narrative: 'The children were present again.' },
        3,
      ],
      [
        'parental drinking affecting care',
        { categories: [C.ParentSubstanceMisuse], narrative: 'Mum was drunk at pick-up.' },
        3,
      ],
      [
        'persistent absence with the child not seen',
        { categories: [C.SchoolAttendance], narrative: 'Persistent absence; not seen since May.' },
        3,
      ],
      ['a first DA incident, children elsewhere', { categories: [C.DomesticAbuse], narrative: 'Verbal argument.' }, 2],
      ['a young carer needing support', { categories: [C.YoungCarer], narrative: 'Looks after her brother.' }, 2],
      ['attendance alone', { categories: [C.SchoolAttendance], narrative: 'Attendance 85%.' }, 2],
      ['a housing question', { categories: [C.Housing], narrative: 'Wants housing advice.' }, 2],
      ['an advice request', { categories: [C.Other], narrative: 'Mum would like advice about sleep.' }, 1],
    ])('suggests level %s -> %s', (_label, overrides, level) => {
      expect(suggest(overrides).suggestedLevel).toBe(level);
    });

    it('does not treat a bruise on an older child as the non-mobile-baby indicator', () => {
      expect(
        codes({ categories: [C.PhysicalAbuse], narrative: 'A bruise on his arm.', childAgesYears: [7] }),
      ).not.toContain('PC-4-02');
    });

    it('lists both the low and the high indicators, highest first', () => {
      expect(codes({ categories: [C.DomesticAbuse], narrative: 'Children present; a knife was used.' })).toEqual([
        'FE-4-03',
        'FE-3-01',
        'FE-2-01',
      ]);
    });
  });
});
