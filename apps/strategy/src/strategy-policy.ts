import { Clock, WorkingCalendar, systemClock } from '@frontdoor/calendar';
import { EnvSettings } from '@frontdoor/settings';
import { Role } from '@frontdoor/auth';
import { DueRules } from './discussions/discussion-deadline';

/** Injection token for the clock, so tests can hold time still (due times, overdue records, slots). */
export const STRATEGY_CLOCK = Symbol('STRATEGY_CLOCK');
export { Clock, systemClock };

/** Who may open a strategy discussion by hand. */
export const REQUESTERS = [Role.Screener, Role.Manager];
/** Who may read discussions: the front door, its auditors, and police (who co-own s47 enquiries). */
export const READERS = [Role.Screener, Role.Manager, Role.PoliceOfficer, Role.Auditor];
/** The chair: a children's social care team manager. */
export const CHAIRS = [Role.Manager];

/** The local strategy discussion policy, read from the environment and checked at boot. */
export class StrategyPolicy {
  constructor(
    readonly calendar: WorkingCalendar,
    readonly due: DueRules,
    /** Length of the proposed discussion slot. */
    readonly slotMinutes: number,
    /** ICPC within this many working days of the (last) strategy discussion. */
    readonly icpcWorkingDays: number,
    /** The record is circulated to participants within this many working days. */
    readonly recordCirculationWorkingDays: number,
  ) {}

  static fromEnv(env: NodeJS.ProcessEnv = process.env): StrategyPolicy {
    const settings = new EnvSettings(env);
    const officeHours = {
      start: settings.clockTime('STRATEGY_OFFICE_HOURS_START', '09:00'),
      end: settings.clockTime('STRATEGY_OFFICE_HOURS_END', '17:00'),
    };
    return new StrategyPolicy(
      new WorkingCalendar({ officeHours }),
      {
        officeClose: officeHours.end,
        urgentWorkingDays: settings.wholeNumber('STRATEGY_RED_DUE_WORKING_DAYS', 0, 0, 5),
        otherWorkingDays: settings.wholeNumber('STRATEGY_DUE_WORKING_DAYS', 1, 0, 10),
      },
      settings.wholeNumber('STRATEGY_SLOT_MINUTES', 30, 15, 240),
      settings.wholeNumber('STRATEGY_ICPC_WORKING_DAYS', 15, 1, 30),
      settings.wholeNumber('STRATEGY_RECORD_CIRCULATION_WORKING_DAYS', 1, 1, 10),
    );
  }
}
