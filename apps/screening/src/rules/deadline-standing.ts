/**
 * How a case stands against its decision deadline, for a manager weighing workloads.
 *
 * "Near" is a share of the time the case's RAG gives (its response working hours), not a fixed
 * number of hours: a red case with an hour of its four left is as pressing as a green one with a
 * working day of its three left. The default share is a quarter (red 1 hour, amber 2, green 6),
 * a council may set its own.
 */
export type DeadlineStanding = 'past' | 'near' | 'in-time';

export const DEFAULT_NEAR_DEADLINE_SHARE = 0.25;

export interface DeadlineClock {
  deadline: Date;
  now: Date;
  /** Office hours from now to the deadline (negative once it has passed). */
  workingHoursLeft: number;
  /** The working hours the case's RAG allows for a decision. */
  responseHours: number;
}

export function deadlineStanding(clock: DeadlineClock, nearShare = DEFAULT_NEAR_DEADLINE_SHARE): DeadlineStanding {
  // Past is the instant itself: after 17:00 on the due day no office hours remain, yet it is not late until it is.
  if (clock.now.getTime() >= clock.deadline.getTime()) return 'past';
  return clock.workingHoursLeft <= clock.responseHours * nearShare ? 'near' : 'in-time';
}

/** A share of 0 means "never near"; 1 means "near from the start". Anything else is a mistake in configuration. */
export function nearDeadlineShareProblem(share: number): string | undefined {
  return Number.isFinite(share) && share >= 0 && share <= 1
    ? undefined
    : `The near-deadline share must be between 0 and 1, got ${share}`;
}

export interface WorkloadCase {
  screener: string | null;
  standing: DeadlineStanding;
}

export interface WorkloadLine {
  /** null: cases nobody has been given yet. */
  screener: string | null;
  cases: number;
  near: number;
  past: number;
}

/**
 * Each screener's cases counted by standing, every known screener listed even with none (a manager
 * allocating wants to see who is free), and the unallocated cases as a line of their own.
 */
export function workloadLines(screeners: readonly string[], cases: readonly WorkloadCase[]): WorkloadLine[] {
  const lines = new Map<string | null, WorkloadLine>();
  const lineFor = (screener: string | null) => {
    let line = lines.get(screener);
    if (!line) lines.set(screener, (line = { screener, cases: 0, near: 0, past: 0 }));
    return line;
  };
  for (const screener of screeners) lineFor(screener);
  lineFor(null);
  for (const { screener, standing } of cases) {
    const line = lineFor(screener);
    line.cases += 1;
    if (standing === 'near') line.near += 1;
    if (standing === 'past') line.past += 1;
  }
  return [...lines.values()];
}
