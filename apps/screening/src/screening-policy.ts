import { Clock, WorkingCalendar, systemClock } from '@frontdoor/calendar';
import { Rag } from '@frontdoor/contracts';
import { readFileSync } from 'node:fs';
import { DEFAULT_RAG_RULES, RagRules, ragRulesProblems } from './rag/rag-rules';
import {
  DEFAULT_NEAR_DEADLINE_SHARE,
  DeadlineStanding,
  deadlineStanding,
  nearDeadlineShareProblem,
} from './rules/deadline-standing';
import { responseWorkingHours } from './rag/response-deadline';
import { DEFAULT_EMERGENCY_DUTY_HOURS, emergencyDutyHours } from './rules/out-of-hours';
import { DEFAULT_THRESHOLD_DOCUMENT } from './thresholds/default-threshold-document';
import { ThresholdDocument } from './thresholds/threshold-document';
import { assertValidThresholdDocument } from './thresholds/validate-threshold-document';

export const INFORMATION_RESPONSE_WORKING_HOURS: Readonly<Record<Rag, number>> = {
  [Rag.Red]: 2,
  [Rag.Amber]: 4,
  [Rag.Green]: 16,
};

/** Injection token for the clock, so tests can hold time still. */
export const CLOCK = Symbol('CLOCK');
export { Clock, systemClock };

/**
 * The local policy the front door screens by. Defaults are the ones domain.md names; a council
 * replaces them through configuration, checked at boot so a bad file stops the service.
 */
export class ScreeningPolicy {
  constructor(
    readonly calendar: WorkingCalendar,
    readonly ragRules: RagRules,
    readonly responseHours: Readonly<Record<Rag, number>>,
    readonly thresholdDocument: ThresholdDocument,
    /** How long an agency has to answer, by the case's RAG: well inside the decision deadline. */
    readonly informationResponseHours: Readonly<Record<Rag, number>> = INFORMATION_RESPONSE_WORKING_HOURS,
    /** The share of a RAG's response time left at which a case counts as near its deadline. */
    readonly nearDeadlineShare: number = DEFAULT_NEAR_DEADLINE_SHARE,
    /** Elapsed hours the emergency duty team has for a red contact out of hours (rules/out-of-hours.ts). */
    readonly emergencyDutyHours: number = DEFAULT_EMERGENCY_DUTY_HOURS,
  ) {}

  /** Past, near or in time, by this council's calendar, response hours and near-deadline share. */
  standing(rag: Rag, deadline: Date, now: Date): DeadlineStanding {
    return deadlineStanding(
      {
        deadline,
        now,
        workingHoursLeft: this.calendar.workingHoursBetween(now, deadline),
        responseHours: this.responseHours[rag],
      },
      this.nearDeadlineShare,
    );
  }

  static fromEnv(env: NodeJS.ProcessEnv = process.env): ScreeningPolicy {
    const thresholdDocument = env.THRESHOLD_DOCUMENT_PATH
      ? (JSON.parse(readFileSync(env.THRESHOLD_DOCUMENT_PATH, 'utf8')) as unknown)
      : DEFAULT_THRESHOLD_DOCUMENT;
    assertValidThresholdDocument(thresholdDocument);
    const ragProblems = ragRulesProblems(DEFAULT_RAG_RULES);
    if (ragProblems.length > 0) throw new Error(`RAG rules are invalid: ${ragProblems.join('; ')}`);
    const hours = (name: string) => (env[name] ? Number(env[name]) : undefined);
    const nearDeadlineShare = env.NEAR_DEADLINE_SHARE ? Number(env.NEAR_DEADLINE_SHARE) : DEFAULT_NEAR_DEADLINE_SHARE;
    const shareProblem = nearDeadlineShareProblem(nearDeadlineShare);
    if (shareProblem) throw new Error(`NEAR_DEADLINE_SHARE is invalid: ${shareProblem}`);
    return new ScreeningPolicy(
      new WorkingCalendar({
        officeHours: { start: env.OFFICE_OPENS ?? '09:00', end: env.OFFICE_CLOSES ?? '17:00' },
      }),
      DEFAULT_RAG_RULES,
      responseWorkingHours({
        ...(hours('RESPONSE_HOURS_RED') && { [Rag.Red]: hours('RESPONSE_HOURS_RED') }),
        ...(hours('RESPONSE_HOURS_AMBER') && { [Rag.Amber]: hours('RESPONSE_HOURS_AMBER') }),
        ...(hours('RESPONSE_HOURS_GREEN') && { [Rag.Green]: hours('RESPONSE_HOURS_GREEN') }),
      }),
      thresholdDocument,
      INFORMATION_RESPONSE_WORKING_HOURS,
      nearDeadlineShare,
      emergencyDutyHours(env.EMERGENCY_DUTY_RESPONSE_HOURS),
    );
  }
}
