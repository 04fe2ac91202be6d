import { LevelOfNeed, SourceType } from '@frontdoor/contracts';
import { LevelDecision, thresholdConsistency } from './threshold-consistency';

const { Universal, EarlyHelp, Targeted, Specialist } = LevelOfNeed;

const decision = (
  screener: string,
  source: SourceType,
  suggestedLevel: LevelOfNeed,
  chosenLevel: LevelOfNeed,
): LevelDecision => ({ screener, source, suggestedLevel, chosenLevel });

describe('thresholdConsistency', () => {
  it('is empty for no decisions', () => {
    expect(thresholdConsistency([])).toEqual({ byScreener: [], bySource: [] });
  });

  it('counts agreements and departures above and below the suggestion, per screener and per source', () => {
    const report = thresholdConsistency([
      decision('ana', SourceType.Police, EarlyHelp, EarlyHelp),
      decision('ana', SourceType.Police, EarlyHelp, Targeted),
      decision('ana', SourceType.School, Specialist, Targeted),
      decision('ana', SourceType.School, Universal, Universal),
      decision('ben', SourceType.School, Targeted, Targeted),
    ]);

    expect(report.byScreener).toEqual([
      { key: 'ana', decisions: 4, agreed: 2, above: 1, below: 1, departureRate: 0.5 },
      { key: 'ben', decisions: 1, agreed: 1, above: 0, below: 0, departureRate: 0 },
    ]);
    expect(report.bySource).toEqual([
      { key: 'police', decisions: 2, agreed: 1, above: 1, below: 0, departureRate: 0.5 },
      { key: 'school', decisions: 3, agreed: 2, above: 0, below: 1, departureRate: 1 / 3 },
    ]);
  });

  it('sorts by departure rate, then more decisions first, then by key', () => {
    const report = thresholdConsistency([
      decision('cat', SourceType.Health, EarlyHelp, Targeted),
      decision('bea', SourceType.Health, EarlyHelp, Targeted),
      decision('bea', SourceType.Health, EarlyHelp, Universal),
      decision('abe', SourceType.Health, EarlyHelp, Targeted),
      decision('dan', SourceType.Health, EarlyHelp, EarlyHelp),
    ]);
    expect(report.byScreener.map((row) => row.key)).toEqual(['bea', 'abe', 'cat', 'dan']);
  });
});
