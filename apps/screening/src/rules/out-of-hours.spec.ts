import { TZDate } from '@date-fns/tz';
import { ManualClock, WorkingCalendar } from '@frontdoor/calendar';
import { Rag } from '@frontdoor/contracts';
import { format } from 'date-fns';
import { RESPONSE_WORKING_HOURS, responseDeadline } from '../rag/response-deadline';
import {
  DEFAULT_EMERGENCY_DUTY_HOURS,
  DeadlineClock,
  ScreeningQueue,
  elapsedHoursLeft,
  emergencyDutyHours,
  routeNewCase,
} from './out-of-hours';

const LONDON = 'Europe/London';
const calendar = new WorkingCalendar();

/** An instant from a London wall-clock reading, 'yyyy-MM-dd HH:mm'. */
function london(wallClock: string): Date {
  const [date, time] = wallClock.split(' ');
  const [year, month, day] = date.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  return new Date(new TZDate(year, month - 1, day, hours, minutes, LONDON).getTime());
}

const inLondon = (instant: Date) => format(new TZDate(instant.getTime(), LONDON), 'yyyy-MM-dd HH:mm EEE');

/** Routes a contact that lands the moment it is received, on the injected clock. */
function routeAt(clock: ManualClock, rag: Rag, hours = DEFAULT_EMERGENCY_DUTY_HOURS) {
  const now = clock.now();
  return routeNewCase(calendar, rag, { receivedAt: now, landedAt: now }, RESPONSE_WORKING_HOURS, hours);
}

describe('routeNewCase: red out of office hours is the emergency duty team’s', () => {
  it('gives a red contact at 9:31pm to the emergency duty team, due two elapsed hours later, not at 1pm tomorrow', () => {
    const clock = new ManualClock(london('2026-01-14 21:31')); // a Wednesday evening
    const routing = routeAt(clock, Rag.Red);
    expect(routing).toMatchObject({
      queue: ScreeningQueue.EmergencyDutyTeam,
      deadlineClock: DeadlineClock.ElapsedHours,
    });
    expect(inLondon(routing.deadline)).toBe('2026-01-14 23:31 Wed');
  });

  it.each([
    ['a weekday evening', '2026-01-14 19:00', '2026-01-14 21:00 Wed'],
    ['before opening', '2026-01-15 08:59', '2026-01-15 10:59 Thu'],
    ['17:00 itself, the first minute out of hours', '2026-01-14 17:00', '2026-01-14 19:00 Wed'],
    ['a Saturday', '2026-01-17 10:30', '2026-01-17 12:30 Sat'],
    ['a Sunday night, across midnight', '2026-01-18 23:30', '2026-01-19 01:30 Mon'],
    ['a bank holiday in office hours (Spring bank holiday)', '2026-05-25 11:00', '2026-05-25 13:00 Mon'],
    ['Christmas Day', '2026-12-25 14:00', '2026-12-25 16:00 Fri'],
    [
      'the night the clocks go forward (two elapsed hours, not two wall-clock hours)',
      '2026-03-29 00:30',
      '2026-03-29 03:30 Sun',
    ],
  ])('red on %s goes to the emergency duty team', (_when, wallClock, due) => {
    const routing = routeAt(new ManualClock(london(wallClock)), Rag.Red);
    expect(routing.queue).toBe(ScreeningQueue.EmergencyDutyTeam);
    expect(inLondon(routing.deadline)).toBe(due);
  });

  it.each([
    ['16:59, the last minute of office hours', '2026-01-14 16:59', '2026-01-15 12:59 Thu'],
    ['09:00, the opening minute', '2026-01-14 09:00', '2026-01-14 13:00 Wed'],
  ])('red at %s stays with the front door on office hours', (_when, wallClock, due) => {
    const routing = routeAt(new ManualClock(london(wallClock)), Rag.Red);
    expect(routing).toMatchObject({ queue: ScreeningQueue.FrontDoor, deadlineClock: DeadlineClock.OfficeHours });
    expect(inLondon(routing.deadline)).toBe(due);
  });

  it.each([
    [Rag.Amber, 'a weekday evening', '2026-01-14 21:31', '2026-01-15 17:00 Thu'],
    [Rag.Green, 'a Saturday', '2026-01-17 10:30', '2026-01-21 17:00 Wed'],
    [Rag.Amber, 'a bank holiday', '2026-05-25 11:00', '2026-05-26 17:00 Tue'],
    [Rag.Green, '17:00', '2026-01-14 17:00', '2026-01-19 17:00 Mon'],
  ])('%s on %s stays in the front door’s queue with an office-hours deadline', (rag, _when, wallClock, due) => {
    const routing = routeAt(new ManualClock(london(wallClock)), rag);
    expect(routing).toMatchObject({ queue: ScreeningQueue.FrontDoor, deadlineClock: DeadlineClock.OfficeHours });
    expect(inLondon(routing.deadline)).toBe(due);
  });

  it('judges by when the case lands, so a contact held up past 17:00 is the emergency duty team’s', () => {
    const routing = routeNewCase(
      calendar,
      Rag.Red,
      { receivedAt: london('2026-01-14 16:58'), landedAt: london('2026-01-14 17:01') },
      RESPONSE_WORKING_HOURS,
    );
    expect(routing.queue).toBe(ScreeningQueue.EmergencyDutyTeam);
    expect(inLondon(routing.deadline)).toBe('2026-01-14 19:01 Wed');
  });

  it('counts the council’s own emergency duty hours and its own office hours', () => {
    const clock = new ManualClock(london('2026-01-14 21:31'));
    expect(inLondon(routeAt(clock, Rag.Red, 3).deadline)).toBe('2026-01-15 00:31 Thu');
    const lateOffice = new WorkingCalendar({ officeHours: { start: '08:00', end: '22:00' } });
    const now = clock.now();
    expect(routeNewCase(lateOffice, Rag.Red, { receivedAt: now, landedAt: now }, RESPONSE_WORKING_HOURS).queue).toBe(
      ScreeningQueue.FrontDoor,
    );
  });

  it('moves with the injected clock: the same contact an hour later is out of hours', () => {
    const clock = new ManualClock(london('2026-01-14 16:30'));
    expect(routeAt(clock, Rag.Red).queue).toBe(ScreeningQueue.FrontDoor);
    clock.advance({ hours: 1 });
    expect(routeAt(clock, Rag.Red).queue).toBe(ScreeningQueue.EmergencyDutyTeam);
  });
});

describe('after hand-over the front door’s office-hours clock starts from the hand-over', () => {
  it('makes a red case handed over at 07:30 due at 13:00 that day', () => {
    const due = responseDeadline(calendar, london('2026-01-15 07:30'), Rag.Red, RESPONSE_WORKING_HOURS);
    expect(inLondon(due)).toBe('2026-01-15 13:00 Thu');
  });
});

describe('emergencyDutyHours (configuration)', () => {
  it('defaults to 2 and reads a council’s own', () => {
    expect(emergencyDutyHours(undefined)).toBe(2);
    expect(emergencyDutyHours('')).toBe(2);
    expect(emergencyDutyHours('1.5')).toBe(1.5);
  });

  it.each(['0', '-1', 'two', '25'])('refuses %j', (value) => {
    expect(() => emergencyDutyHours(value)).toThrow(RangeError);
  });
});

describe('elapsedHoursLeft', () => {
  it('is negative once the deadline has passed', () => {
    expect(elapsedHoursLeft(london('2026-01-14 22:00'), london('2026-01-14 23:31'))).toBe(1.52);
    expect(elapsedHoursLeft(london('2026-01-15 00:01'), london('2026-01-14 23:31'))).toBe(-0.5);
  });
});
