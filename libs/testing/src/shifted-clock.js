// Moves "now" for a whole test run, so that a date a test or an example treats as the present is
// proved to be worked out from the clock, not written down on the day it was written.
// FRONTDOOR_CLOCK_SHIFT picks where now is:
//   one-year-ahead     the same moment a year (365 days) from the real now
//   december-saturday  10:30 in London on the second Saturday of December next year
// Time keeps flowing from there; only the starting point moves. Loaded as a jest setup file (in
// each test file's sandbox) and with `node --require` (in processes a test starts). Plain
// JavaScript, so both can load it before anything is compiled.
'use strict';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Epoch ms of where the shifted clock starts, for a real now of `realNowMs`. */
function shiftedStart(shift, realNowMs) {
  if (shift === 'one-year-ahead') return realNowMs + 365 * DAY_MS;
  if (shift === 'december-saturday') {
    const year = new Date(realNowMs).getUTCFullYear() + 1;
    const firstOfDecember = Date.UTC(year, 11, 1, 10, 30); // London is on GMT in December
    const daysToSaturday = (6 - new Date(firstOfDecember).getUTCDay() + 7) % 7;
    return firstOfDecember + (daysToSaturday + 7) * DAY_MS;
  }
  throw new RangeError(`FRONTDOOR_CLOCK_SHIFT must be one-year-ahead or december-saturday, got '${shift}'`);
}

/** Replaces `scope.Date` with one whose now is `offsetMs` ahead; everything else Date does is unchanged. */
function installShiftedDate(scope, offsetMs) {
  const RealDate = scope.Date;
  if (Object.hasOwn(RealDate, 'shiftedByMs')) return; // already shifted in this scope
  const shiftedNow = () => RealDate.now() + offsetMs;
  // A function, not a subclass: it shares Date.prototype, so instanceof, subclasses (TZDate) and
  // code that lists Date.prototype's own methods see the real Date.
  function ShiftedDate(...args) {
    if (new.target === undefined) return new RealDate(shiftedNow()).toString(); // Date() called as a function
    return Reflect.construct(RealDate, args.length === 0 ? [shiftedNow()] : args, new.target);
  }
  Object.setPrototypeOf(ShiftedDate, RealDate); // Date.parse, Date.UTC
  ShiftedDate.prototype = RealDate.prototype;
  RealDate.prototype.constructor = ShiftedDate; // `date.constructor === Date` still holds
  ShiftedDate.now = shiftedNow;
  Object.defineProperty(ShiftedDate, 'shiftedByMs', { value: offsetMs });
  scope.Date = ShiftedDate;
}

const shift = process.env.FRONTDOOR_CLOCK_SHIFT;
if (shift) {
  // Every process and test file of one run shares the offset, fixed by the first one to load.
  process.env.FRONTDOOR_CLOCK_OFFSET_MS ??= String(shiftedStart(shift, Date.now()) - Date.now());
  installShiftedDate(globalThis, Number(process.env.FRONTDOOR_CLOCK_OFFSET_MS));
  // Node processes a test starts with this environment (a service, a CLI) are shifted the same way.
  const preload = `--require ${__filename}`;
  if (!(process.env.NODE_OPTIONS ?? '').includes(preload)) {
    process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} ${preload}`.trim();
  }
}

module.exports = { shiftedStart, installShiftedDate };
