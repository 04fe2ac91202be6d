import { ConcernCategory, Rag } from '@frontdoor/contracts';

/**
 * When a contact is red, amber or green: how fast the front door must decide (see
 * response-deadline.ts). Configuration, so a council can follow its own procedures.
 * Immediate danger is always red and is not configurable: Working Together requires
 * immediate protection whatever the local rules say.
 */
export interface RagRules {
  /** Any of these makes a contact red, whatever the child's age. */
  redCategories: ConcernCategory[];
  /**
   * Red when any of `categories` is raised about a child aged `maxAgeYears` or younger, in
   * completed years (so "under 2" is `maxAgeYears: 1`). An unborn child counts as 0, and a
   * child of unknown age is not ruled out: see assessRag.
   */
  redWhenUnderAgeWithCategories: { maxAgeYears: number; categories: ConcernCategory[] }[];
  /** Green only when every category is in this list (and no red rule applies). None: never green. */
  greenOnlyCategories?: ConcernCategory[];
}

export const DEFAULT_RAG_RULES: RagRules = {
  redCategories: [
    ConcernCategory.SexualAbuse,
    ConcernCategory.Fgm,
    ConcernCategory.Trafficking,
    ConcernCategory.ChildSexualExploitation,
  ],
  // Physical abuse of a baby or toddler (under 2): injuries in the very young are the most often fatal.
  redWhenUnderAgeWithCategories: [{ maxAgeYears: 1, categories: [ConcernCategory.PhysicalAbuse] }],
  greenOnlyCategories: [
    ConcernCategory.Housing,
    ConcernCategory.SchoolAttendance,
    ConcernCategory.YoungCarer,
    ConcernCategory.Other,
  ],
};

export interface RagFacts {
  categories: ConcernCategory[];
  immediateDanger: boolean;
  /** Completed years per child; 0 for an unborn child, null when unknown (see child-age.ts). */
  childAgesYears: (number | null)[];
  /** Referred before within the re-referral window (see history/re-referral.ts). */
  reReferral: boolean;
}

export interface RagAssessment {
  rag: Rag;
  reasons: string[];
}

/**
 * Red if any red rule applies (every one that applies is given as a reason), green if every
 * category is low-urgency, otherwise amber. Errors lean towards urgency: a child of unknown age
 * is treated as possibly young enough for an age rule, and a re-referral is never green
 * because a second referral within a year is itself a sign that earlier help did not work.
 */
export function assessRag(rules: RagRules, facts: RagFacts): RagAssessment {
  const redReasons = redReasonsFor(rules, facts);
  if (redReasons.length > 0) return { rag: Rag.Red, reasons: redReasons };

  const greenList = rules.greenOnlyCategories ?? [];
  const allLowUrgency =
    facts.categories.length > 0 && facts.categories.every((category) => greenList.includes(category));
  if (!allLowUrgency) {
    return {
      rag: Rag.Amber,
      reasons: ['Amber: no red rule applies and not every concern is in the low-urgency list.'],
    };
  }
  const greenReason = `Every concern (${facts.categories.join(', ')}) is in the low-urgency list.`;
  if (facts.reReferral) {
    return {
      rag: Rag.Amber,
      reasons: [
        greenReason,
        'Raised from green to amber: the child was referred within the last 12 months, and a re-referral is never green.',
      ],
    };
  }
  return { rag: Rag.Green, reasons: [`Green: ${greenReason}`] };
}

function redReasonsFor(rules: RagRules, facts: RagFacts): string[] {
  const reasons: string[] = [];
  if (facts.immediateDanger) reasons.push('Red: the referrer says a child is in immediate danger.');
  for (const category of facts.categories.filter((c) => rules.redCategories.includes(c))) {
    reasons.push(`Red: ${category} is always red.`);
  }
  for (const rule of rules.redWhenUnderAgeWithCategories) {
    const categories = facts.categories.filter((category) => rule.categories.includes(category));
    if (categories.length === 0) continue;
    const youngest = youngestKnownAge(facts.childAgesYears);
    if (youngest !== null && youngest <= rule.maxAgeYears) {
      reasons.push(`Red: ${categories.join(', ')} about a child aged ${youngest} (${rule.maxAgeYears} or under).`);
    } else if (facts.childAgesYears.length === 0 || facts.childAgesYears.includes(null)) {
      reasons.push(
        `Red: ${categories.join(', ')} about a child of unknown age, who may be ${rule.maxAgeYears} or under; confirm the age.`,
      );
    }
  }
  return reasons;
}

function youngestKnownAge(ages: (number | null)[]): number | null {
  const known = ages.filter((age): age is number => age !== null);
  return known.length === 0 ? null : Math.min(...known);
}

/** Mistakes in RAG rules loaded from configuration, as sentences; empty when usable. For boot. */
export function ragRulesProblems(rules: RagRules): string[] {
  const known: readonly string[] = Object.values(ConcernCategory);
  const unknown = (categories: ConcernCategory[] | undefined) =>
    (categories ?? []).filter((category) => !known.includes(category));
  const problems = unknown(rules.redCategories).map((c) => `Unknown red category '${c}'.`);
  rules.redWhenUnderAgeWithCategories.forEach((rule, index) => {
    if (!Number.isInteger(rule.maxAgeYears) || rule.maxAgeYears < 0) {
      problems.push(`Age rule ${index + 1}: maxAgeYears must be a whole number of 0 or more.`);
    }
    if (rule.categories.length === 0) problems.push(`Age rule ${index + 1} lists no categories.`);
    problems.push(...unknown(rule.categories).map((c) => `Age rule ${index + 1}: unknown category '${c}'.`));
  });
  problems.push(...unknown(rules.greenOnlyCategories).map((c) => `Unknown low-urgency category '${c}'.`));
  const both = (rules.greenOnlyCategories ?? []).filter((c) => rules.redCategories.includes(c));
  if (both.length > 0) problems.push(`Categories both red and low-urgency: ${both.join(', ')}.`);
  return problems;
}
