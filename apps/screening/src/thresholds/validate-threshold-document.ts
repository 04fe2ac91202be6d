import { ConcernCategory, LevelOfNeed } from '@frontdoor/contracts';
import { THRESHOLD_DOMAINS, ThresholdDocument } from './threshold-document';

const LEVELS: readonly number[] = [
  LevelOfNeed.Universal,
  LevelOfNeed.EarlyHelp,
  LevelOfNeed.Targeted,
  LevelOfNeed.Specialist,
];
const DOMAINS: readonly string[] = THRESHOLD_DOMAINS;
const CATEGORIES: readonly string[] = Object.values(ConcernCategory);

/**
 * Everything wrong with a threshold document read from configuration (JSON, so nothing is
 * trusted), as sentences naming the indicator. Empty means the document can be used.
 * All problems are listed at once so whoever edits the file can fix them in one pass.
 */
export function thresholdDocumentProblems(document: unknown): string[] {
  if (!isRecord(document)) return ['The threshold document must be an object.'];
  const problems: string[] = [];
  if (!isNonEmptyString(document.name)) problems.push('The document needs a name.');
  if (!isNonEmptyString(document.version)) problems.push('The document needs a version.');
  if (!Array.isArray(document.indicators) || document.indicators.length === 0) {
    problems.push('The document needs at least one indicator.');
    return problems;
  }

  const seenCodes = new Set<string>();
  document.indicators.forEach((indicator: unknown, index: number) => {
    if (!isRecord(indicator)) {
      problems.push(`Indicator ${index + 1} must be an object.`);
      return;
    }
    const label = isNonEmptyString(indicator.code) ? indicator.code : `Indicator ${index + 1}`;
    if (!isNonEmptyString(indicator.code)) {
      problems.push(`${label} needs a code.`);
    } else if (seenCodes.has(indicator.code)) {
      problems.push(`${label} is used by more than one indicator; codes must be unique.`);
    } else {
      seenCodes.add(indicator.code);
    }
    problems.push(...indicatorProblems(label, indicator));
  });
  return problems;
}

function indicatorProblems(label: string, indicator: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (!LEVELS.includes(indicator.level as number)) {
    problems.push(`${label} has level ${String(indicator.level)}; levels are 1 to 4.`);
  }
  if (!DOMAINS.includes(indicator.domain as string)) {
    problems.push(`${label} has unknown domain '${String(indicator.domain)}'; use one of ${DOMAINS.join(', ')}.`);
  }
  if (!isNonEmptyString(indicator.description)) {
    problems.push(`${label} needs a description.`);
  }

  const { concernCategories, keywords, requiresImmediateDanger } = indicator;
  if (concernCategories !== undefined) {
    if (!Array.isArray(concernCategories) || concernCategories.length === 0) {
      // An empty list would make the indicator match nothing, silently.
      problems.push(`${label} concernCategories must be a non-empty list when given.`);
    } else {
      for (const category of concernCategories) {
        if (!CATEGORIES.includes(category)) {
          problems.push(`${label} has unknown concern category '${String(category)}'.`);
        }
      }
    }
  }
  if (keywords !== undefined) {
    if (!Array.isArray(keywords) || keywords.length === 0) {
      problems.push(`${label} keywords must be a non-empty list when given.`);
    } else if (!keywords.every(isNonEmptyString)) {
      problems.push(`${label} keywords must all be non-empty text.`);
    }
  }
  if (requiresImmediateDanger !== undefined && typeof requiresImmediateDanger !== 'boolean') {
    problems.push(`${label} requiresImmediateDanger must be true or false.`);
  }
  // Without one of these the indicator would match every contact (age alone only narrows).
  if (concernCategories === undefined && keywords === undefined && requiresImmediateDanger !== true) {
    problems.push(`${label} must give concernCategories, keywords or requiresImmediateDanger.`);
  }
  problems.push(...ageProblems(label, indicator.minChildAgeYears, indicator.maxChildAgeYears));
  return problems;
}

function ageProblems(label: string, min: unknown, max: unknown): string[] {
  const problems: string[] = [];
  for (const [name, value] of [
    ['minChildAgeYears', min],
    ['maxChildAgeYears', max],
  ] as const) {
    if (value !== undefined && !(Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 25)) {
      problems.push(`${label} ${name} must be a whole number of years from 0 to 25.`);
    }
  }
  if (typeof min === 'number' && typeof max === 'number' && min > max) {
    problems.push(`${label} minChildAgeYears (${min}) is above maxChildAgeYears (${max}).`);
  }
  return problems;
}

export class InvalidThresholdDocumentError extends Error {
  constructor(readonly problems: string[]) {
    super(`The threshold document is not valid:\n- ${problems.join('\n- ')}`);
    this.name = 'InvalidThresholdDocumentError';
  }
}

/** For boot: refuse to start with a document that would give wrong or silent suggestions. */
export function assertValidThresholdDocument(document: unknown): asserts document is ThresholdDocument {
  const problems = thresholdDocumentProblems(document);
  if (problems.length > 0) throw new InvalidThresholdDocumentError(problems);
}

/** Concern categories no indicator mentions: contacts in them can only ever get level 1. */
export function uncoveredConcernCategories(document: ThresholdDocument): ConcernCategory[] {
  const covered = new Set(document.indicators.flatMap((indicator) => indicator.concernCategories ?? []));
  return Object.values(ConcernCategory).filter((category) => !covered.has(category));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}
