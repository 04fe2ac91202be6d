import { WorkingCalendar } from '@frontdoor/calendar';
import { Rag, StrategyReason } from '@frontdoor/contracts';
import { discussionDueBy } from './discussion-deadline';

describe('discussionDueBy', () => {
  const calendar = new WorkingCalendar();
  const harm = StrategyReason.SignificantHarmSuspected;
  const due = (at: string, rag: Rag, reason = harm) =>
    discussionDueBy(new Date(at), rag, reason, calendar).toISOString();

  it('gives a red case until the end of office hours the same working day', () => {
    // Wednesday 25 November 2026, 10:00 GMT.
    expect(due('2026-11-25T10:00:00Z', Rag.Red)).toBe('2026-11-25T17:00:00.000Z');
  });

  it('gives a red case decided on a Friday afternoon until 17:00 that Friday, not Monday', () => {
    expect(due('2026-11-27T16:30:00Z', Rag.Red)).toBe('2026-11-27T17:00:00.000Z');
  });

  it('moves a red case decided after close, or at the weekend, to the next working day', () => {
    expect(due('2026-11-27T17:30:00Z', Rag.Red)).toBe('2026-11-30T17:00:00.000Z');
    expect(due('2026-11-28T11:00:00Z', Rag.Red)).toBe('2026-11-30T17:00:00.000Z');
  });

  it('treats immediate protection as urgent whatever the RAG', () => {
    expect(due('2026-11-25T10:00:00Z', Rag.Green, StrategyReason.ImmediateProtection)).toBe('2026-11-25T17:00:00.000Z');
  });

  it('gives amber and green cases until the end of the next working day, over the weekend', () => {
    expect(due('2026-11-25T10:00:00Z', Rag.Amber)).toBe('2026-11-26T17:00:00.000Z');
    expect(due('2026-11-27T10:00:00Z', Rag.Green)).toBe('2026-11-30T17:00:00.000Z');
  });

  it('skips Christmas, Boxing Day and their substitute days', () => {
    // Christmas 2026 is a Friday; Boxing Day (Saturday) is observed on Monday 28 December.
    expect(due('2026-12-24T15:00:00Z', Rag.Amber)).toBe('2026-12-29T17:00:00.000Z');
    expect(due('2026-12-25T09:00:00Z', Rag.Red)).toBe('2026-12-29T17:00:00.000Z');
  });

  it('skips Good Friday and Easter Monday 2027, in British Summer Time', () => {
    // Maundy Thursday 25 March 2027 (GMT); Good Friday 26 March; Easter Monday 29 March (BST from the 28th).
    expect(due('2027-03-25T12:00:00Z', Rag.Amber)).toBe('2027-03-30T16:00:00.000Z');
    expect(due('2027-03-29T08:00:00Z', Rag.Red)).toBe('2027-03-30T16:00:00.000Z');
  });
});
