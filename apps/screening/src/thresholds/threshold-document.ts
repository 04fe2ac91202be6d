import { ConcernCategory, LevelOfNeed } from '@frontdoor/contracts';

/**
 * A local "levels of need" (continuum of need) threshold document, held as configuration so a
 * council can publish its own without a code change. Each indicator describes one situation at
 * one level, in one of the three domains of the assessment triangle.
 */
export interface ThresholdDocument {
  name: string;
  version: string;
  indicators: ThresholdIndicator[];
}

/** The three sides of the assessment framework triangle. */
export const THRESHOLD_DOMAINS = ['developmental-needs', 'parenting-capacity', 'family-and-environment'] as const;
export type ThresholdDomain = (typeof THRESHOLD_DOMAINS)[number];

/**
 * One indicator of need. It matches a contact when ALL of the conditions it gives hold:
 * - `concernCategories`: ANY of them is among the contact's categories;
 * - `keywords`: ANY of them appears in the narrative, case-insensitively, as a whole word or
 *   phrase ("hit" does not match "white"); no keywords means the narrative is not consulted;
 * - `minChildAgeYears` / `maxChildAgeYears`: inclusive limits on completed years that hold for
 *   AT LEAST ONE child (an unborn child counts as 0; a child of unknown age is never ruled out,
 *   see suggest-level.ts);
 * - `requiresImmediateDanger`: the referrer said a child is in immediate danger.
 * Age limits only narrow a match: an indicator must give at least one of categories, keywords
 * or immediate danger (validate-threshold-document.ts enforces it).
 */
export interface ThresholdIndicator {
  /** Stable reference quoted in decisions, e.g. 'PC-4-03' (domain, level, number). */
  code: string;
  level: LevelOfNeed;
  domain: ThresholdDomain;
  description: string;
  concernCategories?: ConcernCategory[];
  keywords?: string[];
  requiresImmediateDanger?: boolean;
  maxChildAgeYears?: number;
  minChildAgeYears?: number;
}

/** How levels are named in sentences shown to screeners. */
export const LEVEL_OF_NEED_NAMES: Record<LevelOfNeed, string> = {
  [LevelOfNeed.Universal]: 'universal',
  [LevelOfNeed.EarlyHelp]: 'early help',
  [LevelOfNeed.Targeted]: 'targeted / child in need',
  [LevelOfNeed.Specialist]: 'specialist / statutory',
};
