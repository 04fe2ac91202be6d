import { chooseMeeting, MeetingWithRoom } from './listing';

const meeting = (id: string, heldAt: string, cutOff: string, listedCount = 0, capacity = 20): MeetingWithRoom => ({
  id,
  heldAt: new Date(heldAt),
  researchCutOffAt: new Date(cutOff),
  capacity,
  listedCount,
});

const thisWeek = meeting('this-week', '2026-11-26T10:00:00Z', '2026-11-24T10:00:00Z');
const nextWeek = meeting('next-week', '2026-12-03T10:00:00Z', '2026-12-01T10:00:00Z');

describe('listing a referral at a meeting', () => {
  it('picks the earliest meeting with room whose cut-off has not passed', () => {
    expect(chooseMeeting([nextWeek, thisWeek], new Date('2026-11-23T12:00:00Z'))?.id).toBe('this-week');
  });

  it('moves a case to the next meeting when the earliest is full', () => {
    const full = { ...thisWeek, listedCount: 20 };
    expect(chooseMeeting([full, nextWeek], new Date('2026-11-23T12:00:00Z'))?.id).toBe('next-week');
  });

  it('moves a case to the next meeting when the research cut-off has passed', () => {
    expect(chooseMeeting([thisWeek, nextWeek], new Date('2026-11-24T10:00:00Z'))?.id).toBe('next-week');
  });

  it('finds nothing when every meeting is full or closed', () => {
    expect(chooseMeeting([{ ...nextWeek, listedCount: 20 }], new Date('2026-11-23T12:00:00Z'))).toBeUndefined();
  });
});
