import type { Workload } from '../clients/screening.client';
import { parseAllocation, screenerOptions, workloadSummary } from './allocation-form';

const workload: Workload = {
  nearDeadlineShare: 0.25,
  lines: [
    { screener: { subject: 'sasha', name: 'Sasha' }, cases: 3, nearDeadline: 1, pastDeadline: 0 },
    { screener: { subject: 'sam', name: 'Sam' }, cases: 0, nearDeadline: 0, pastDeadline: 0 },
    { screener: null, cases: 4, nearDeadline: 0, pastDeadline: 2 },
  ],
};

describe('allocation form', () => {
  it('says what each screener already has', () => {
    expect(workloadSummary({ cases: 3, nearDeadline: 1, pastDeadline: 0 })).toBe(
      '3 cases: 1 near the deadline, none past it',
    );
    expect(workloadSummary({ cases: 1, nearDeadline: 0, pastDeadline: 1 })).toBe(
      '1 case: none near the deadline, 1 past it',
    );
    expect(workloadSummary({ cases: 0, nearDeadline: 0, pastDeadline: 0 })).toBe('No cases');
  });

  it('offers every screener but the one the case is with, and never the unallocated line', () => {
    expect(screenerOptions(workload, null).map((option) => option.value)).toEqual(['sasha', 'sam']);
    expect(screenerOptions(workload, { subject: 'sasha', name: 'Sasha' })).toEqual([
      { value: 'sam', text: 'Sam', hint: { text: 'No cases' } },
    ]);
  });

  it('accepts an offered screener with an optional reason, and nothing else', () => {
    expect(parseAllocation({ screener: 'sam', reason: '  Sasha is on leave ' }, ['sam'])).toEqual({
      ok: true,
      value: { screener: 'sam', reason: 'Sasha is on leave' },
    });
    expect(parseAllocation({ screener: 'sam', reason: '' }, ['sam'])).toEqual({ ok: true, value: { screener: 'sam' } });
    expect(parseAllocation({ screener: 'mallory' }, ['sam'])).toEqual({
      ok: false,
      errors: [{ field: 'screener', text: 'Select the screener to give the case to' }],
    });
    expect(parseAllocation({ screener: 'sam', reason: 'x'.repeat(501) }, ['sam'])).toMatchObject({ ok: false });
  });
});
