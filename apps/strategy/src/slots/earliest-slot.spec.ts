import { WorkingCalendar } from '@frontdoor/calendar';
import { AvailabilityWindow, SlotSearch, earliestCommonSlot, intersect, merge, officeIntervals } from './earliest-slot';

describe('earliestCommonSlot', () => {
  const calendar = new WorkingCalendar();
  const w = (from: string, to: string): AvailabilityWindow => ({ from, to });
  const search = (overrides: Partial<SlotSearch>): SlotSearch => ({
    // Wednesday 25 November 2026, 09:40 GMT; due by 17:00 (a red case).
    now: new Date('2026-11-25T09:40:00Z'),
    dueBy: new Date('2026-11-25T17:00:00Z'),
    durationMinutes: 30,
    required: ['police', 'health'],
    availability: {},
    calendar,
    officeClose: '17:00',
    ...overrides,
  });

  it('waits until every required participant has said when they are free', () => {
    expect(
      earliestCommonSlot(search({ availability: { police: [w('2026-11-25T10:00:00Z', '2026-11-25T12:00:00Z')] } })),
    ).toEqual({ kind: 'awaiting', missing: ['health'] });
  });

  it('proposes the first 30 minutes everyone shares, on the quarter hour, not before now', () => {
    const proposal = earliestCommonSlot(
      search({
        availability: {
          police: [
            w('2026-11-25T09:00:00Z', '2026-11-25T11:00:00Z'),
            w('2026-11-25T14:00:00Z', '2026-11-25T16:00:00Z'),
          ],
          health: [
            w('2026-11-25T09:30:00Z', '2026-11-25T10:10:00Z'),
            w('2026-11-25T10:20:00Z', '2026-11-25T15:00:00Z'),
          ],
        },
      }),
    );
    // 09:45-10:10 is too short; 10:20 rounds to 10:30.
    expect(proposal).toEqual({
      kind: 'slot',
      start: new Date('2026-11-25T10:30:00Z'),
      end: new Date('2026-11-25T11:00:00Z'),
      withinDue: true,
    });
  });

  it('keeps inside office hours and off weekends, flagging a slot after the due time', () => {
    // Friday 27 November 16:30, red: due 17:00. Police can only do 16:50 onwards and Monday.
    const proposal = earliestCommonSlot(
      search({
        now: new Date('2026-11-27T16:30:00Z'),
        dueBy: new Date('2026-11-27T17:00:00Z'),
        availability: {
          police: [w('2026-11-27T16:50:00Z', '2026-11-30T12:00:00Z')],
          health: [w('2026-11-27T09:00:00Z', '2026-11-30T12:00:00Z')],
        },
      }),
    );
    expect(proposal).toEqual({
      kind: 'slot',
      start: new Date('2026-11-30T09:00:00Z'),
      end: new Date('2026-11-30T09:30:00Z'),
      withinDue: false,
    });
  });

  it('skips Christmas and the Boxing Day substitute holiday', () => {
    const proposal = earliestCommonSlot(
      search({
        now: new Date('2026-12-24T16:45:00Z'),
        dueBy: new Date('2026-12-24T17:00:00Z'),
        availability: {
          police: [w('2026-12-24T16:45:00Z', '2026-12-29T11:00:00Z')],
          health: [w('2026-12-24T16:45:00Z', '2026-12-29T11:00:00Z')],
        },
      }),
    );
    expect(proposal).toMatchObject({ kind: 'slot', start: new Date('2026-12-29T09:00:00Z'), withinDue: false });
  });

  it('uses office hours in British Summer Time after Easter Monday 2027', () => {
    const proposal = earliestCommonSlot(
      search({
        now: new Date('2027-03-29T07:00:00Z'),
        dueBy: new Date('2027-03-30T16:00:00Z'),
        availability: {
          police: [w('2027-03-29T07:00:00Z', '2027-03-30T12:00:00Z')],
          health: [w('2027-03-29T07:00:00Z', '2027-03-30T12:00:00Z')],
        },
      }),
    );
    // Easter Monday is a bank holiday; Tuesday opens at 09:00 BST = 08:00 UTC.
    expect(proposal).toMatchObject({ kind: 'slot', start: new Date('2027-03-30T08:00:00Z'), withinDue: true });
  });

  it('says there is no common slot when windows never overlap, or have all passed', () => {
    expect(
      earliestCommonSlot(
        search({
          availability: {
            police: [w('2026-11-25T10:00:00Z', '2026-11-25T11:00:00Z')],
            health: [w('2026-11-25T11:00:00Z', '2026-11-25T12:00:00Z')],
          },
        }),
      ),
    ).toEqual({ kind: 'none' });
    expect(
      earliestCommonSlot(
        search({
          availability: {
            police: [w('2026-11-24T10:00:00Z', '2026-11-24T11:00:00Z')],
            health: [w('2026-11-24T10:00:00Z', '2026-11-24T11:00:00Z')],
          },
        }),
      ),
    ).toEqual({ kind: 'none' });
  });
});

describe('interval helpers', () => {
  it('merges overlapping and touching intervals and intersects sorted lists', () => {
    expect(
      merge([
        { start: 5, end: 8 },
        { start: 1, end: 3 },
        { start: 3, end: 4 },
        { start: 7, end: 9 },
      ]),
    ).toEqual([
      { start: 1, end: 4 },
      { start: 5, end: 9 },
    ]);
    expect(
      intersect(
        [
          { start: 1, end: 4 },
          { start: 5, end: 9 },
        ],
        [{ start: 2, end: 6 }],
      ),
    ).toEqual([
      { start: 2, end: 4 },
      { start: 5, end: 6 },
    ]);
  });

  it('lists office hours on working days only', () => {
    const intervals = officeIntervals(
      new WorkingCalendar(),
      '17:00',
      new Date('2026-11-27T12:00:00Z'),
      new Date('2026-11-30T10:00:00Z'),
    );
    expect(intervals.map((i) => [new Date(i.start).toISOString(), new Date(i.end).toISOString()])).toEqual([
      ['2026-11-27T12:00:00.000Z', '2026-11-27T17:00:00.000Z'],
      ['2026-11-30T09:00:00.000Z', '2026-11-30T10:00:00.000Z'],
    ]);
  });
});
