import { deadlineStanding, nearDeadlineShareProblem, workloadLines } from './deadline-standing';

describe('deadlineStanding', () => {
  const now = new Date('2026-03-02T10:00:00Z');
  const later = new Date('2026-03-02T15:00:00Z');

  it('is past from the deadline instant on, however many office hours the calendar counts', () => {
    expect(deadlineStanding({ deadline: now, now, workingHoursLeft: 0, responseHours: 4 })).toBe('past');
    expect(
      deadlineStanding({ deadline: new Date('2026-03-02T09:00:00Z'), now, workingHoursLeft: -1, responseHours: 24 }),
    ).toBe('past');
  });

  it('is near with a quarter or less of the RAG’s time left: red at 1 hour, green at 6', () => {
    expect(deadlineStanding({ deadline: later, now, workingHoursLeft: 1, responseHours: 4 })).toBe('near');
    expect(deadlineStanding({ deadline: later, now, workingHoursLeft: 1.01, responseHours: 4 })).toBe('in-time');
    expect(deadlineStanding({ deadline: later, now, workingHoursLeft: 6, responseHours: 24 })).toBe('near');
    expect(deadlineStanding({ deadline: later, now, workingHoursLeft: 7, responseHours: 24 })).toBe('in-time');
  });

  it('is not past outside office hours before the deadline (no hours left, still in time to be near)', () => {
    expect(deadlineStanding({ deadline: later, now, workingHoursLeft: 0, responseHours: 8 })).toBe('near');
  });

  it('takes a council’s own share', () => {
    expect(deadlineStanding({ deadline: later, now, workingHoursLeft: 4, responseHours: 8 }, 0.5)).toBe('near');
    expect(deadlineStanding({ deadline: later, now, workingHoursLeft: 4, responseHours: 8 }, 0)).toBe('in-time');
  });

  it('refuses a share outside 0 to 1', () => {
    expect(nearDeadlineShareProblem(0.25)).toBeUndefined();
    expect(nearDeadlineShareProblem(1.5)).toMatch(/between 0 and 1/);
    expect(nearDeadlineShareProblem(Number.NaN)).toMatch(/between 0 and 1/);
  });
});

describe('workloadLines', () => {
  it('counts each screener’s cases, near and past, and lists a screener with none', () => {
    expect(
      workloadLines(
        ['sasha', 'sam'],
        [
          { screener: 'sasha', standing: 'near' },
          { screener: 'sasha', standing: 'past' },
          { screener: 'sasha', standing: 'in-time' },
          { screener: null, standing: 'past' },
        ],
      ),
    ).toEqual([
      { screener: 'sasha', cases: 3, near: 1, past: 1 },
      { screener: 'sam', cases: 0, near: 0, past: 0 },
      { screener: null, cases: 1, near: 0, past: 1 },
    ]);
  });

  it('still counts cases held by someone no longer in the register', () => {
    expect(workloadLines([], [{ screener: 'left-the-team', standing: 'in-time' }])).toEqual([
      { screener: null, cases: 0, near: 0, past: 0 },
      { screener: 'left-the-team', cases: 1, near: 0, past: 0 },
    ]);
  });
});
