import { installShiftedDate, shiftedStart } from './shifted-clock';

describe('the shifted clock of the calendar guard', () => {
  const realNow = Date.parse('2026-12-07T15:20:00Z');

  it('starts a year ahead, or on a Saturday in December next year at 10:30 in London', () => {
    expect(new Date(shiftedStart('one-year-ahead', realNow)).toISOString()).toBe('2027-12-07T15:20:00.000Z');
    const saturday = new Date(shiftedStart('december-saturday', realNow));
    expect(saturday.toISOString()).toBe('2027-12-11T10:30:00.000Z');
    expect(saturday.getUTCDay()).toBe(6);
    expect(() => shiftedStart('tuesday', realNow)).toThrow(RangeError);
  });

  it('moves only now: explicit dates, parsing and instanceof behave as before', () => {
    // A Date of its own, so the spec means the same whether or not this run is itself shifted.
    const Unshifted = class extends Date {};
    const scope = { Date: Unshifted as DateConstructor };
    const yearMs = 1000 * 60 * 60 * 24 * 365;
    const before = new Unshifted('2026-01-01T00:00:00Z');
    installShiftedDate(scope, yearMs);
    const Shifted = scope.Date;
    expect(Shifted.now() - Unshifted.now()).toBeGreaterThanOrEqual(yearMs - 5);
    expect(new Shifted().getTime() - Unshifted.now()).toBeGreaterThanOrEqual(yearMs - 5);
    expect(new Shifted('2026-01-01T00:00:00Z').getTime()).toBe(before.getTime());
    expect(Shifted.parse('2026-01-01T00:00:00Z')).toBe(before.getTime());
    expect(before instanceof Shifted).toBe(true);
    expect(new Shifted() instanceof Unshifted).toBe(true);
    // A subclass of the shifted Date (as TZDate is) keeps the ordinary instanceof.
    class Zoned extends Shifted {}
    expect(before instanceof Zoned).toBe(false);
    expect(new Zoned() instanceof Zoned).toBe(true);
  });
});
