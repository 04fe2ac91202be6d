import { ConcernCategory as C, Rag } from '@frontdoor/contracts';
import { DEFAULT_RAG_RULES, RagFacts, RagRules, assessRag, ragRulesProblems } from './rag-rules';

function facts(overrides: Partial<RagFacts> = {}): RagFacts {
  return { categories: [C.Neglect], immediateDanger: false, childAgesYears: [8], reReferral: false, ...overrides };
}

const rag = (overrides: Partial<RagFacts>) => assessRag(DEFAULT_RAG_RULES, facts(overrides)).rag;

describe('assessRag with the default rules', () => {
  describe('red', () => {
    it('is red when a child is in immediate danger, even for a low-urgency category', () => {
      const assessment = assessRag(DEFAULT_RAG_RULES, facts({ categories: [C.Housing], immediateDanger: true }));
      expect(assessment).toEqual({ rag: Rag.Red, reasons: ['Red: the referrer says a child is in immediate danger.'] });
    });

    it.each([C.SexualAbuse, C.Fgm, C.Trafficking, C.ChildSexualExploitation])(
      'is red for %s at any age',
      (category) => {
        expect(rag({ categories: [category], childAgesYears: [15] })).toBe(Rag.Red);
      },
    );

    it('is red for physical abuse of a child under 2, including an unborn child', () => {
      expect(rag({ categories: [C.PhysicalAbuse], childAgesYears: [1] })).toBe(Rag.Red);
      expect(rag({ categories: [C.PhysicalAbuse], childAgesYears: [0] })).toBe(Rag.Red);
      expect(rag({ categories: [C.PhysicalAbuse], childAgesYears: [9, 0] })).toBe(Rag.Red);
    });

    it('is amber for physical abuse of a child aged 2 or more', () => {
      expect(rag({ categories: [C.PhysicalAbuse], childAgesYears: [2] })).toBe(Rag.Amber);
      expect(rag({ categories: [C.PhysicalAbuse], childAgesYears: [2, 11] })).toBe(Rag.Amber);
    });

    it('is red for physical abuse of a child of unknown age, and says to confirm the age', () => {
      const assessment = assessRag(
        DEFAULT_RAG_RULES,
        facts({ categories: [C.PhysicalAbuse], childAgesYears: [12, null] }),
      );
      expect(assessment.rag).toBe(Rag.Red);
      expect(assessment.reasons).toEqual([
        'Red: physical-abuse about a child of unknown age, who may be 1 or under; confirm the age.',
      ]);
    });

    it('names the youngest child in the reason', () => {
      const assessment = assessRag(
        DEFAULT_RAG_RULES,
        facts({ categories: [C.PhysicalAbuse], childAgesYears: [6, 1, 0] }),
      );
      expect(assessment.reasons).toEqual(['Red: physical-abuse about a child aged 0 (1 or under).']);
    });

    it('gives every red reason that applies', () => {
      const assessment = assessRag(
        DEFAULT_RAG_RULES,
        facts({ categories: [C.Fgm, C.SexualAbuse, C.PhysicalAbuse], immediateDanger: true, childAgesYears: [1] }),
      );
      expect(assessment.reasons).toHaveLength(4);
    });

    it('stays red for a re-referral', () => {
      expect(rag({ categories: [C.Fgm], reReferral: true })).toBe(Rag.Red);
    });
  });

  describe('amber', () => {
    it('is amber by default', () => {
      expect(assessRag(DEFAULT_RAG_RULES, facts({ categories: [C.DomesticAbuse] }))).toEqual({
        rag: Rag.Amber,
        reasons: ['Amber: no red rule applies and not every concern is in the low-urgency list.'],
      });
    });

    it('is amber when only some concerns are low-urgency', () => {
      expect(rag({ categories: [C.Housing, C.Neglect] })).toBe(Rag.Amber);
    });

    it('is amber, not green, when no category is given', () => {
      expect(rag({ categories: [] })).toBe(Rag.Amber);
    });
  });

  describe('green', () => {
    it('is green when every concern is low-urgency', () => {
      expect(assessRag(DEFAULT_RAG_RULES, facts({ categories: [C.Housing, C.SchoolAttendance] }))).toEqual({
        rag: Rag.Green,
        reasons: ['Green: Every concern (housing, school-attendance) is in the low-urgency list.'],
      });
      expect(rag({ categories: [C.YoungCarer] })).toBe(Rag.Green);
      expect(rag({ categories: [C.Other] })).toBe(Rag.Green);
    });

    it('bumps a re-referral from green to amber, saying why', () => {
      const assessment = assessRag(DEFAULT_RAG_RULES, facts({ categories: [C.Housing], reReferral: true }));
      expect(assessment.rag).toBe(Rag.Amber);
      expect(assessment.reasons[1]).toBe(
        'Raised from green to amber: the child was referred within the last 12 months, and a re-referral is never green.',
      );
    });

    it('is never green without a low-urgency list', () => {
      const rules: RagRules = { ...DEFAULT_RAG_RULES, greenOnlyCategories: undefined };
      expect(assessRag(rules, facts({ categories: [C.Housing] })).rag).toBe(Rag.Amber);
    });
  });
});

describe('assessRag with local rules', () => {
  it('follows configured red categories and age rules', () => {
    const rules: RagRules = {
      redCategories: [C.Radicalisation],
      redWhenUnderAgeWithCategories: [{ maxAgeYears: 4, categories: [C.Neglect, C.ParentSubstanceMisuse] }],
    };
    expect(assessRag(rules, facts({ categories: [C.Radicalisation] })).rag).toBe(Rag.Red);
    expect(assessRag(rules, facts({ categories: [C.SexualAbuse] })).rag).toBe(Rag.Amber);
    expect(assessRag(rules, facts({ categories: [C.ParentSubstanceMisuse], childAgesYears: [4] })).rag).toBe(Rag.Red);
    expect(assessRag(rules, facts({ categories: [C.ParentSubstanceMisuse], childAgesYears: [5] })).rag).toBe(Rag.Amber);
  });
});

describe('ragRulesProblems', () => {
  it('finds nothing wrong with the defaults', () => {
    expect(ragRulesProblems(DEFAULT_RAG_RULES)).toEqual([]);
  });

  it('reports unknown categories, bad ages, empty age rules and categories both red and green', () => {
    const rules = {
      redCategories: ['bullying', C.Housing],
      redWhenUnderAgeWithCategories: [{ maxAgeYears: -1, categories: [] }],
      greenOnlyCategories: [C.Housing],
    } as unknown as RagRules;
    expect(ragRulesProblems(rules)).toEqual([
      "Unknown red category 'bullying'.",
      'Age rule 1: maxAgeYears must be a whole number of 0 or more.',
      'Age rule 1 lists no categories.',
      'Categories both red and low-urgency: housing.',
    ]);
  });
});
