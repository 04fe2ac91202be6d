import { Clock, WorkingCalendar, systemClock } from '@frontdoor/calendar';
import { Role } from '@frontdoor/auth';
import { EnvSettings } from '@frontdoor/settings';
import { DEFAULT_MARAC_CRITERIA_POLICY, MaracCriteriaPolicy } from './criteria/marac-criteria';
import { DEFAULT_MEETING_SCHEDULE, MeetingSchedule } from './meetings/meeting-schedule';

/** Injection token for the clock, so tests can hold time still (overdue actions, cut-offs). */
export const MARAC_CLOCK = Symbol('MARAC_CLOCK');
export { Clock, systemClock };

/** Every partner that may refer to MARAC by hand and read agendas. */
export const MARAC_PARTNERS = [
  Role.MaracCoordinator,
  Role.PoliceOfficer,
  Role.DaAdvisor,
  Role.Screener,
  Role.Manager,
  Role.HealthPractitioner,
  Role.EducationOfficer,
];

/** The IDVA and police: the only readers of a victim's safe address and restricted fields. */
export const RESTRICTED_READERS = [Role.DaAdvisor, Role.PoliceOfficer];

/** The local MARAC policy: criteria thresholds and the meeting schedule, checked at boot. */
export class MaracPolicy {
  constructor(
    readonly criteria: MaracCriteriaPolicy,
    readonly schedule: MeetingSchedule,
    readonly calendar: WorkingCalendar,
    /** Weeks of regular meetings generated ahead when a referral is listed. */
    readonly weeksAhead: number,
  ) {}

  static fromEnv(env: NodeJS.ProcessEnv = process.env): MaracPolicy {
    const settings = new EnvSettings(env);
    return new MaracPolicy(
      {
        ...DEFAULT_MARAC_CRITERIA_POLICY,
        escalationCallOuts: settings.wholeNumber(
          'MARAC_ESCALATION_CALL_OUTS',
          DEFAULT_MARAC_CRITERIA_POLICY.escalationCallOuts,
          1,
          50,
        ),
      },
      {
        weekday: settings.wholeNumber('MARAC_MEETING_WEEKDAY', DEFAULT_MEETING_SCHEDULE.weekday, 1, 7),
        time: settings.clockTime('MARAC_MEETING_TIME', DEFAULT_MEETING_SCHEDULE.time),
        capacity: settings.wholeNumber('MARAC_MEETING_CAPACITY', DEFAULT_MEETING_SCHEDULE.capacity, 1, 200),
        researchCutOffWorkingDays: settings.wholeNumber(
          'MARAC_RESEARCH_CUT_OFF_WORKING_DAYS',
          DEFAULT_MEETING_SCHEDULE.researchCutOffWorkingDays,
          0,
          10,
        ),
      },
      new WorkingCalendar(),
      settings.wholeNumber('MARAC_SCHEDULE_WEEKS_AHEAD', 8, 1, 52),
    );
  }
}
