import type { AgencyDataset, FindingV1, RequestSubjectV1, SubjectAnswerV1, WithheldV1 } from '@frontdoor/contracts';
import { normalisePostcode } from '@frontdoor/identifiers';
import type { AgencyRecordsLookup } from '@frontdoor/information-sharing';
import type { IncidentRole, PoliceIncidentType } from '../incidents/incident.entity';
import type { WarningMarkerType } from '../warning-markers/warning-marker.entity';
import type { PoliceMatch } from '../matching/police-match';
import type { DomesticAbuseEntry, IncidentEntry, InvestigationEntry, PoliceFile } from './police-file';

/** The DASH count of "yes" answers at which risk is visibly high (SafeLives). */
export const DASH_HIGH_RISK = 14;

export const OPERATIONALLY_SENSITIVE = 'operationally sensitive';
export const RESTRICTED_MARKER_REASON = 'restricted: held by GMP and not shared outside the police';

export interface SubjectOutcome {
  subject: RequestSubjectV1;
  match: PoliceMatch;
}

export interface PoliceAnswerOptions {
  /** Only these datasets are answered (the request's list). */
  datasets: readonly AgencyDataset[];
  now: Date;
  /** Incidents are shared from this many years back. */
  incidentLookbackYears: number;
}

/**
 * What police share about the people on a request, from what their records hold: facts, dated,
 * only in the datasets asked for. Restricted markers and operationally sensitive investigations
 * are withheld with a reason; their details, and every safe address in the file, are listed as
 * restricted values that the information-sharing lib refuses to publish. A request about anyone
 * in an open sensitive investigation waits for a police officer's review.
 */
export function answerFromPoliceFile(
  outcomes: readonly SubjectOutcome[],
  file: PoliceFile,
  options: PoliceAnswerOptions,
): AgencyRecordsLookup {
  const asked = new Set<AgencyDataset>(options.datasets);
  const restrictedValues = new Set<string>();
  for (const person of file.people) {
    if (person.safeAddress) safeAddressValues(person.safeAddress).forEach((value) => restrictedValues.add(value));
  }
  const restrictedPostcodes = new Set(
    [...restrictedValues].map((value) => normalisePostcode(value)).filter((value): value is string => value !== null),
  );

  // Who on the request each police person is: other subjects are named in findings, anyone else is not.
  const subjectsByPerson = new Map<string, RequestSubjectV1[]>();
  for (const { subject, match } of outcomes) {
    if (!match.matched) continue;
    subjectsByPerson.set(match.personId, [...(subjectsByPerson.get(match.personId) ?? []), subject]);
  }
  const nameOf = (personId: string): string | undefined => {
    const subject = subjectsByPerson.get(personId)?.[0];
    return subject && displayName(subject);
  };

  const since = yearsBefore(options.now, options.incidentLookbackYears);
  const withheld: WithheldV1[] = [];
  const subjects: SubjectAnswerV1[] = outcomes.map(({ subject, match }) => {
    if (!match.matched) {
      if (match.possibleMatches > 0) {
        withheld.push({
          what: clip(`A possible police record for ${displayName(subject)}`, 200),
          reason: `${match.reason} A police officer can confirm identity on request.`,
        });
      }
      return { subjectRef: subject.subjectRef, known: false, findings: [] };
    }
    const personId = match.personId;
    const findings: FindingV1[] = [];
    if (asked.has('incidents')) {
      const requestPostcode = subject.postcode ? normalisePostcode(subject.postcode) : null;
      file.incidents
        .filter((incident) => incident.occurredAt >= since && incident.people.some((p) => p.personId === personId))
        .sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime())
        .forEach((incident) => {
          const atHome =
            requestPostcode !== null &&
            incident.locationPostcode === requestPostcode &&
            !restrictedPostcodes.has(requestPostcode);
          findings.push(incidentFinding(incident, personId, displayName(subject), nameOf, atHome));
        });
    }
    if (asked.has('domestic-abuse-history')) {
      file.domesticAbuse
        .filter((pair) => pair.victimId === personId || pair.perpetratorId === personId)
        .sort((a, b) => b.lastIncidentOn.localeCompare(a.lastIncidentOn))
        .forEach((pair) => findings.push(domesticAbuseFinding(pair, personId, displayName(subject), nameOf)));
    }
    if (asked.has('warning-markers')) {
      const markers = file.markers.filter((marker) => marker.personId === personId);
      for (const marker of markers
        .filter((m) => !m.restricted)
        .sort((a, b) => b.recordedOn.localeCompare(a.recordedOn))) {
        findings.push({
          dataset: 'warning-markers',
          summary: clip(
            `Warning marker on ${displayName(subject)}: ${MARKER_LABELS[marker.type]} (recorded ${marker.recordedOn}).`,
            500,
          ),
          ...(marker.note && { detail: clip(marker.note, 4000) }),
          occurredAt: marker.recordedOn,
        });
      }
      const restricted = markers.filter((m) => m.restricted);
      if (restricted.length > 0) {
        withheld.push({
          what: clip(
            `${restricted.length === 1 ? 'A restricted warning marker' : `${restricted.length} restricted warning markers`} on ${displayName(subject)}`,
            200,
          ),
          reason: RESTRICTED_MARKER_REASON,
        });
      }
    }
    if (asked.has('open-investigations')) {
      file.investigations
        .filter((inv) => inv.status === 'open' && !inv.sensitive && inv.people.some((p) => p.personId === personId))
        .sort((a, b) => b.openedOn.localeCompare(a.openedOn))
        .forEach((inv) => findings.push(investigationFinding(inv, personId, displayName(subject))));
    }
    return { subjectRef: subject.subjectRef, known: true, matchedOn: match.matchedOn, findings };
  });

  // Operationally sensitive investigations: withheld once each, naming who on the request is in them.
  const sensitive = file.investigations.filter(
    (inv) => inv.status === 'open' && inv.sensitive && inv.people.some((p) => subjectsByPerson.has(p.personId)),
  );
  for (const inv of file.investigations.filter((i) => i.sensitive)) {
    restrictedValues.add(inv.reference);
    restrictedValues.add(inv.summary);
  }
  for (const marker of file.markers) {
    if (marker.restricted && marker.note) restrictedValues.add(marker.note);
  }
  if (asked.has('open-investigations')) {
    for (const inv of sensitive) {
      const names = inv.people.filter((p) => subjectsByPerson.has(p.personId)).map((p) => nameOf(p.personId));
      withheld.push({
        what: clip(`An open investigation involving ${joinNames(names as string[])}`, 200),
        reason: OPERATIONALLY_SENSITIVE,
      });
    }
  }

  return { subjects, withheld, restrictedValues: [...restrictedValues], needsReview: sensitive.length > 0 };
}

const INCIDENT_PHRASES: Record<PoliceIncidentType, string> = {
  'domestic-abuse': 'Police attended a domestic abuse incident',
  assault: 'Police attended an assault',
  'missing-person': 'Police recorded a missing person report',
  'concern-for-welfare': 'Police attended a concern for welfare',
  'antisocial-behaviour': 'Police attended an antisocial behaviour incident',
};

const ROLE_LABELS: Record<IncidentRole, string> = {
  victim: 'victim',
  suspect: 'suspect',
  witness: 'witness',
  'child-present': 'child present',
  'child-resident': 'child living at the address, not present',
  'missing-person': 'missing person',
  'subject-of-concern': 'person of concern',
};

const MARKER_LABELS: Record<WarningMarkerType, string> = {
  weapons: 'weapons',
  violence: 'violence',
  drugs: 'drugs',
  firearms: 'firearms',
  'mental-health': 'mental health',
  'self-harm': 'self-harm',
  'escape-risk': 'escape risk',
};

function incidentFinding(
  incident: IncidentEntry,
  personId: string,
  name: string,
  nameOf: (personId: string) => string | undefined,
  atHome: boolean,
): FindingV1 {
  const date = isoDate(incident.occurredAt);
  const rolesOf = (id: string) => incident.people.filter((p) => p.personId === id).map((p) => ROLE_LABELS[p.role]);
  const others = [...new Set(incident.people.map((p) => p.personId))].filter((id) => id !== personId);
  const named = others.filter((id) => nameOf(id) !== undefined);
  const unnamed = others.length - named.length;
  const parts = [
    `${INCIDENT_PHRASES[incident.type]} on ${date} (ref ${incident.reference})${atHome ? ' at the address given on this request' : ''}; ${name} recorded as ${joinNames(rolesOf(personId))}.`,
    named.length > 0
      ? `Also on this request: ${named.map((id) => `${nameOf(id)} (${joinNames(rolesOf(id))})`).join(', ')}.`
      : '',
    unnamed > 0 ? `${unnamed} other ${unnamed === 1 ? 'person' : 'people'} not named on this request involved.` : '',
  ];
  return { dataset: 'incidents', summary: clip(parts.filter(Boolean).join(' '), 500), occurredAt: date };
}

function domesticAbuseFinding(
  pair: DomesticAbuseEntry,
  personId: string,
  name: string,
  nameOf: (personId: string) => string | undefined,
): FindingV1 {
  const asVictim = pair.victimId === personId;
  const otherId = asVictim ? pair.perpetratorId : pair.victimId;
  const otherRole = asVictim ? 'perpetrator' : 'victim';
  const other = nameOf(otherId);
  const withWhom = other
    ? `with ${other} (on this request) as ${otherRole}`
    : `with a ${otherRole} not named on this request`;
  const span =
    pair.incidentCount === 1
      ? `1 incident on ${pair.firstIncidentOn}`
      : `${pair.incidentCount} incidents from ${pair.firstIncidentOn} to ${pair.lastIncidentOn}`;
  const dash =
    pair.dashScore === null
      ? 'no DASH risk assessment recorded'
      : `latest DASH ${pair.dashScore} of 24${pair.dashCompletedOn ? ` on ${pair.dashCompletedOn}` : ''}${pair.dashScore >= DASH_HIGH_RISK ? ' (visible high risk)' : ''}`;
  return {
    dataset: 'domestic-abuse-history',
    summary: clip(
      `Domestic abuse history: ${name} recorded as ${asVictim ? 'victim' : 'perpetrator'}, ${withWhom}; ${span}; ${dash}.`,
      500,
    ),
    occurredAt: pair.lastIncidentOn,
  };
}

function investigationFinding(inv: InvestigationEntry, personId: string, name: string): FindingV1 {
  const roles = inv.people.filter((p) => p.personId === personId).map((p) => p.role);
  return {
    dataset: 'open-investigations',
    summary: clip(
      `Open investigation since ${inv.openedOn} (ref ${inv.reference}): ${inv.offence}; ${name} recorded as ${joinNames(roles)}.`,
      500,
    ),
    detail: clip(inv.summary, 4000),
    occurredAt: inv.openedOn,
  };
}

/**
 * The values of a safe address that must never leave: the whole address, each part of it that
 * holds a number (the street line, the postcode), the street without its number, and the postcode
 * normalised, so a partial leak is caught too. A town on its own is left out: it would also
 * remove findings about people who happen to share its name.
 */
export function safeAddressValues(address: string): string[] {
  const parts = address
    .split(/[,\n]/)
    .map((part) => part.trim())
    .filter((part) => /\d/.test(part) && part.length >= 4);
  const streets = parts
    .map((part) => part.replace(/^(flat|apartment|unit)?\s*\d+[a-z]?\s+/i, '').trim())
    .filter((street) => !/\d/.test(street) && street.replace(/[^a-z]/gi, '').length >= 6);
  const postcodes = [...address.toUpperCase().matchAll(/[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}/g)]
    .map((m) => normalisePostcode(m[0]))
    .filter((value): value is string => value !== null);
  return [...new Set([address.trim(), ...parts, ...streets, ...postcodes])];
}

/** Contract limits: a summary holds 500 characters, a detail 4000. */
function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

function displayName(subject: Pick<RequestSubjectV1, 'firstName' | 'lastName'>): string {
  return `${subject.firstName.trim()} ${subject.lastName.trim()}`;
}

function joinNames(names: readonly string[]): string {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return unique[0] ?? '';
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The same calendar day and time, `years` years earlier (29 February falls back to the 28th). */
export function yearsBefore(date: Date, years: number): Date {
  const result = new Date(date.getTime());
  result.setUTCFullYear(result.getUTCFullYear() - years);
  if (result.getUTCMonth() !== date.getUTCMonth()) result.setUTCDate(0);
  return result;
}
