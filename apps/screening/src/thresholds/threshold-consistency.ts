import { LevelOfNeed, SourceType } from '@frontdoor/contracts';

/** One signed-off decision: the level the document suggested and the level the screener chose. */
export interface LevelDecision {
  screener: string;
  source: SourceType;
  suggestedLevel: LevelOfNeed;
  chosenLevel: LevelOfNeed;
}

export interface ConsistencyRow {
  key: string;
  decisions: number;
  /** Chosen level equals the suggestion. */
  agreed: number;
  /** Chosen level higher than the suggestion. */
  above: number;
  /** Chosen level lower than the suggestion. */
  below: number;
  /** (above + below) / decisions, a fraction from 0 to 1. */
  departureRate: number;
}

export interface ThresholdConsistencyReport {
  byScreener: ConsistencyRow[];
  bySource: ConsistencyRow[];
}

/**
 * How often screeners depart from the threshold document, per screener and per referral
 * source: applying thresholds consistently is an Ofsted priority. A departure is not wrong in
 * itself (the screener knows more than the document); a high rate is a prompt for audit or for
 * revising the document. Rows with the highest departure rate come first; ties put the row with
 * more decisions first (more evidence), then order by key so the report is stable.
 */
export function thresholdConsistency(decisions: readonly LevelDecision[]): ThresholdConsistencyReport {
  return {
    byScreener: rowsBy(decisions, (decision) => decision.screener),
    bySource: rowsBy(decisions, (decision) => decision.source),
  };
}

function rowsBy(decisions: readonly LevelDecision[], keyOf: (decision: LevelDecision) => string): ConsistencyRow[] {
  const tallies = new Map<string, { decisions: number; agreed: number; above: number; below: number }>();
  for (const decision of decisions) {
    const key = keyOf(decision);
    const tally = tallies.get(key) ?? { decisions: 0, agreed: 0, above: 0, below: 0 };
    tally.decisions += 1;
    if (decision.chosenLevel > decision.suggestedLevel) tally.above += 1;
    else if (decision.chosenLevel < decision.suggestedLevel) tally.below += 1;
    else tally.agreed += 1;
    tallies.set(key, tally);
  }
  return [...tallies]
    .map(([key, tally]) => ({ key, ...tally, departureRate: (tally.above + tally.below) / tally.decisions }))
    .sort((a, b) => b.departureRate - a.departureRate || b.decisions - a.decisions || a.key.localeCompare(b.key));
}
