import { Rag, ScreeningOutcome, SourceType } from '@frontdoor/contracts';
import { DashboardContact, daysBetween, summariseDashboard } from './dashboard';

const OPEN = { [Rag.Red]: 1, [Rag.Amber]: 2, [Rag.Green]: 0 };

describe('summariseDashboard', () => {
  const contacts: DashboardContact[] = [
    {
      day: '2026-11-02',
      source: SourceType.School,
      reReferral: false,
      outcome: ScreeningOutcome.ChildAndFamilyAssessment,
      decidedWithinDeadline: true,
    },
    {
      day: '2026-11-02',
      source: SourceType.Police,
      reReferral: false,
      outcome: ScreeningOutcome.NoFurtherAction,
      decidedWithinDeadline: false,
    },
    {
      day: '2026-11-02',
      source: SourceType.Police,
      reReferral: true,
      outcome: ScreeningOutcome.StrategyDiscussion,
      decidedWithinDeadline: true,
    },
    { day: '2026-11-04', source: SourceType.Health, reReferral: false },
  ];

  it('counts contacts per day by source, with empty days as zero', () => {
    const dashboard = summariseDashboard(contacts, daysBetween('2026-11-02', '2026-11-04'), OPEN);
    expect(dashboard.contactsPerDay).toEqual([
      { day: '2026-11-02', total: 3, bySource: { school: 1, police: 2 } },
      { day: '2026-11-03', total: 0, bySource: {} },
      { day: '2026-11-04', total: 1, bySource: { health: 1 } },
    ]);
    expect(dashboard.contacts).toBe(4);
    expect(dashboard.openByRag).toEqual(OPEN);
  });

  it('works out rates over decided contacts only', () => {
    const dashboard = summariseDashboard(contacts, [], OPEN);
    expect(dashboard.decided).toBe(3);
    expect(dashboard.decidedWithinDeadline).toEqual({ count: 2, of: 3, rate: 2 / 3 });
    expect(dashboard.contactToReferral).toEqual({ count: 2, of: 3, rate: 2 / 3 });
    expect(dashboard.reReferral).toEqual({ count: 1, of: 2, rate: 0.5 });
    expect(dashboard.noFurtherAction).toEqual({ count: 1, of: 3, rate: 1 / 3 });
    expect(dashboard.policeContactsEndingInNfa).toEqual({ count: 1, of: 2, rate: 0.5 });
  });

  it('gives no rate when there is nothing to divide by', () => {
    const dashboard = summariseDashboard([], [], OPEN);
    expect(dashboard.contactToReferral).toEqual({ count: 0, of: 0, rate: null });
  });
});

describe('daysBetween', () => {
  it('lists each day inclusive, across a month end', () => {
    expect(daysBetween('2026-10-30', '2026-11-02')).toEqual(['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02']);
  });

  it('is empty when the period runs backwards', () => {
    expect(daysBetween('2026-11-02', '2026-11-01')).toEqual([]);
  });
});
