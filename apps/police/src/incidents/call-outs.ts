import { subMonths } from 'date-fns';
import type { IncidentRole, PoliceIncidentType } from './incident.entity';

/** MARAC's "potential escalation" looks at police call-outs over this many months. */
export const CALL_OUT_WINDOW_MONTHS = 12;

/** The 12 months before an incident: after `from` (exclusive), up to `to` (inclusive). */
export interface CallOutWindow {
  from: Date;
  to: Date;
}

export function callOutWindow(occurredAt: Date): CallOutWindow {
  return { from: subMonths(occurredAt, CALL_OUT_WINDOW_MONTHS), to: occurredAt };
}

/** An incident on police records, with who was in it and how. */
export interface RecordedIncident {
  id: string;
  type: PoliceIncidentType;
  occurredAt: Date;
  people: readonly { personId: string; role: IncidentRole }[];
}

export interface AbusePair {
  victimId: string;
  perpetratorId: string;
}

/**
 * Police call-outs to a victim and perpetrator in the 12 months up to an incident, that incident
 * included: every recorded domestic-abuse incident in the window in which the two are victim and
 * suspect. Either way round counts (a counter-allegation is another call-out to the same
 * relationship). Pure; the incident being recorded counts once whatever its type.
 */
export function countCallOuts(
  incidents: readonly RecordedIncident[],
  pair: AbusePair,
  current: { id: string; occurredAt: Date },
): number {
  const { from, to } = callOutWindow(current.occurredAt);
  const holds = (incident: RecordedIncident, personId: string, role: IncidentRole) =>
    incident.people.some((p) => p.personId === personId && p.role === role);
  const earlier = incidents.filter(
    (incident) =>
      incident.id !== current.id &&
      incident.type === 'domestic-abuse' &&
      incident.occurredAt > from &&
      incident.occurredAt <= to &&
      ((holds(incident, pair.victimId, 'victim') && holds(incident, pair.perpetratorId, 'suspect')) ||
        (holds(incident, pair.perpetratorId, 'victim') && holds(incident, pair.victimId, 'suspect'))),
  );
  return earlier.length + 1;
}
