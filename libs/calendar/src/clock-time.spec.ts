import { minutesSinceMidnight, parseClockTime } from './clock-time';

describe('parseClockTime', () => {
  it.each([
    ['00:00', 0, 0],
    ['08:45', 8, 45],
    ['17:00', 17, 0],
    ['23:59', 23, 59],
  ])('parses %s', (value, hours, minutes) => {
    expect(parseClockTime(value)).toEqual({ hours, minutes });
  });

  it.each(['8:45', '24:00', '12:60', '12:5', '12-30', '', ' 09:00'])('rejects %j', (value) => {
    expect(() => parseClockTime(value)).toThrow(RangeError);
  });

  it('counts minutes since midnight', () => {
    expect(minutesSinceMidnight(parseClockTime('09:30'))).toBe(570);
  });
});
