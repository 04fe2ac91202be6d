import { WorkingCalendar } from '@frontdoor/calendar';
import { Participant } from '../participants/participant-rules';
import { StrategyOutcome, icpcDueDate, isPastDate, outcomeProblems, recordDueBy, startsS47 } from './outcome-rules';

describe('outcome rules', () => {
  const calendar = new WorkingCalendar();
  const core = [Participant.ChildrensSocialCare, Participant.Police, Participant.Health];
  const all = (view: StrategyOutcome) => core.map((participant) => ({ participant, view }));

  it('accepts a view from every participant', () => {
    expect(outcomeProblems(StrategyOutcome.S47Joint, all(StrategyOutcome.S47Joint), core)).toEqual([]);
  });

  it('refuses missing, repeated and outside views', () => {
    const views = [
      { participant: Participant.ChildrensSocialCare, view: StrategyOutcome.NoFurtherAction },
      { participant: Participant.ChildrensSocialCare, view: StrategyOutcome.NoFurtherAction },
      { participant: Participant.Police, view: StrategyOutcome.NoFurtherAction },
      { participant: Participant.Education, view: StrategyOutcome.NoFurtherAction },
    ];
    expect(outcomeProblems(StrategyOutcome.NoFurtherAction, views, core)).toEqual([
      'views: children-social-care has more than one view',
      'views: no view from health',
      'views: education is not a participant',
    ]);
  });

  it('needs the police to agree to a joint s47 enquiry, but records dissent on a single-agency one', () => {
    const views = all(StrategyOutcome.S47Joint).map((v) =>
      v.participant === Participant.Police ? { ...v, view: StrategyOutcome.S47SingleAgency } : v,
    );
    expect(outcomeProblems(StrategyOutcome.S47Joint, views, core)).toEqual([
      'outcome: a joint s47 enquiry needs the police to agree to it',
    ]);
    expect(outcomeProblems(StrategyOutcome.S47SingleAgency, views, core)).toEqual([]);
  });

  it('starts the ICPC clock for s47 and immediate protection only', () => {
    expect(Object.values(StrategyOutcome).filter(startsS47)).toEqual([
      StrategyOutcome.S47SingleAgency,
      StrategyOutcome.S47Joint,
      StrategyOutcome.ImmediateProtection,
    ]);
  });

  it('sets the ICPC 15 working days after the discussion, over weekends', () => {
    // Wednesday 4 November 2026 -> Wednesday 25 November 2026.
    expect(icpcDueDate(new Date('2026-11-04T11:00:00Z'), calendar)).toBe('2026-11-25');
  });

  it('does not count Christmas, Boxing Day (substitute), New Year or Easter 2027', () => {
    // Friday 18 December 2026: 21-24, 29-31 December (not 25, 28 or 1 January), 4-8 and 11-13 January 2027.
    expect(icpcDueDate(new Date('2026-12-18T14:00:00Z'), calendar)).toBe('2027-01-13');
    // Thursday 18 March 2027: Good Friday 26 March and Easter Monday 29 March are not counted.
    expect(icpcDueDate(new Date('2027-03-18T10:00:00Z'), calendar)).toBe('2027-04-12');
  });

  it('wants the record circulated within one working day, and flags a date once it has passed', () => {
    expect(recordDueBy(new Date('2026-11-27T15:00:00Z'), calendar).toISOString()).toBe('2026-11-30T15:00:00.000Z');
    expect(isPastDate('2026-11-25', new Date('2026-11-25T23:30:00Z'))).toBe(false);
    expect(isPastDate('2026-11-25', new Date('2026-11-26T00:30:00Z'))).toBe(true);
  });
});
