import { ConcernCategory, LevelOfNeed } from '@frontdoor/contracts';
import { keywordsFoundIn } from './narrative-keywords';
import { LEVEL_OF_NEED_NAMES, ThresholdDocument, ThresholdDomain, ThresholdIndicator } from './threshold-document';

export interface ContactFacts {
  categories: ConcernCategory[];
  narrative: string;
  immediateDanger: boolean;
  /** Completed years per child; 0 for an unborn child, null when unknown (see child-age.ts). */
  childAgesYears: (number | null)[];
}

export interface MatchedIndicator {
  code: string;
  level: LevelOfNeed;
  domain: ThresholdDomain;
  description: string;
  /** Why it matched, e.g. ['category:domestic-abuse', 'keyword:weapon', 'age:0', 'immediate-danger']. */
  matchedOn: string[];
}

export interface LevelSuggestion {
  suggestedLevel: LevelOfNeed;
  matchedIndicators: MatchedIndicator[];
  reasons: string[];
}

/** 'age:unknown' in matchedOn: the indicator matched only because no child's age rules it out. */
export const UNKNOWN_AGE_MATCH = 'age:unknown';

/**
 * The level of need the threshold document points to: the highest level among the indicators
 * that match (see ThresholdIndicator for what "match" means). It is a suggestion to the
 * screener, who decides and records any departure; hence every match says what it matched on.
 *
 * A child of unknown age is never ruled out by an age limit: a suggestion that is too high is
 * corrected by the screener, one that is too low could leave a baby waiting. Such matches say
 * 'age:unknown' so the assumption is visible.
 */
export function suggestLevelOfNeed(document: ThresholdDocument, facts: ContactFacts): LevelSuggestion {
  const matchedIndicators = document.indicators
    .map((indicator) => matchIndicator(indicator, facts))
    .filter((match): match is MatchedIndicator => match !== null)
    .sort((a, b) => b.level - a.level || a.code.localeCompare(b.code));

  if (matchedIndicators.length === 0) {
    return {
      suggestedLevel: LevelOfNeed.Universal,
      matchedIndicators,
      reasons: [
        `No indicator in "${document.name}" (version ${document.version}) matched this contact, ` +
          `so level 1 (${LEVEL_OF_NEED_NAMES[LevelOfNeed.Universal]}) is suggested by default; ` +
          'check the contact against the threshold document before agreeing.',
      ],
    };
  }

  const suggestedLevel = matchedIndicators[0].level;
  const decisive = matchedIndicators.filter((match) => match.level === suggestedLevel);
  const reasons = [
    `Level ${suggestedLevel} (${LEVEL_OF_NEED_NAMES[suggestedLevel]}) suggested: the highest level ` +
      `among ${matchedIndicators.length} matched indicator${matchedIndicators.length === 1 ? '' : 's'}.`,
    ...decisive.map((match) => `${match.code}: ${match.description} (matched on ${match.matchedOn.join(', ')})`),
  ];
  if (decisive.some((match) => match.matchedOn.includes(UNKNOWN_AGE_MATCH))) {
    reasons.push("A child's age is unknown, so age-limited indicators were not ruled out; confirm the age.");
  }
  return { suggestedLevel, matchedIndicators, reasons };
}

/** The match, or null when any condition the indicator gives does not hold. */
function matchIndicator(indicator: ThresholdIndicator, facts: ContactFacts): MatchedIndicator | null {
  const matchedOn: string[] = [];

  if (indicator.concernCategories) {
    const shared = indicator.concernCategories.filter((category) => facts.categories.includes(category));
    if (shared.length === 0) return null;
    matchedOn.push(...shared.map((category) => `category:${category}`));
  }
  if (indicator.keywords) {
    const found = keywordsFoundIn(facts.narrative, indicator.keywords);
    if (found.length === 0) return null;
    matchedOn.push(...found.map((keyword) => `keyword:${keyword}`));
  }
  if (indicator.minChildAgeYears !== undefined || indicator.maxChildAgeYears !== undefined) {
    const age = ageWithinLimits(indicator, facts.childAgesYears);
    if (age === null) return null;
    matchedOn.push(age);
  }
  if (indicator.requiresImmediateDanger) {
    if (!facts.immediateDanger) return null;
    matchedOn.push('immediate-danger');
  }

  const { code, level, domain, description } = indicator;
  return { code, level, domain, description, matchedOn };
}

/** 'age:N' for the first child within the limits, else 'age:unknown' if some age is unknown, else null. */
function ageWithinLimits(indicator: ThresholdIndicator, ages: (number | null)[]): string | null {
  const min = indicator.minChildAgeYears ?? 0;
  const max = indicator.maxChildAgeYears ?? Infinity;
  const inRange = ages.find((age) => age !== null && age >= min && age <= max);
  if (inRange !== undefined && inRange !== null) return `age:${inRange}`;
  // No children listed is as unknown as a child with no date of birth.
  if (ages.length === 0 || ages.includes(null)) return UNKNOWN_AGE_MATCH;
  return null;
}
