import { AGENCY_DATASETS, FindingV1, InformationAgency, SubjectRole, WithheldV1 } from '@frontdoor/contracts';
import { MissedAppointment } from '../appointments/missed-appointment.entity';
import { ChildProtectionFlag } from '../child-protection/child-protection-flag.entity';
import { GpRegistration } from '../gp-registration/gp-registration.entity';
import { ALWAYS_RESTRICTED_SERVICES, HealthInvolvement, HealthService } from '../involvement/health-involvement.entity';
import { SafeAddress } from '../patients/safe-address.entity';

export type HealthDataset = (typeof AGENCY_DATASETS)[InformationAgency.Health][number];
export const HEALTH_DATASETS: readonly HealthDataset[] = AGENCY_DATASETS[InformationAgency.Health];

/** Everything health holds about one patient that an answer could draw on. */
export interface PatientRecord {
  patientId: string;
  gpRegistrations: Pick<GpRegistration, 'practiceName' | 'odsCode' | 'registeredFrom' | 'registeredTo'>[];
  involvements: Pick<
    HealthInvolvement,
    | 'service'
    | 'provider'
    | 'status'
    | 'leadPractitioner'
    | 'leadPractitionerRole'
    | 'startedOn'
    | 'endedOn'
    | 'restricted'
  >[];
  childProtectionFlags: Pick<
    ChildProtectionFlag,
    'kind' | 'startedOn' | 'endedOn' | 'responsibleLocalAuthority' | 'expectedDeliveryOn'
  >[];
  missedAppointments: Pick<MissedAppointment, 'appointmentOn' | 'service' | 'wasNotBrought' | 'restricted'>[];
  safeAddress: Pick<SafeAddress, 'line1' | 'town' | 'postcode'> | null;
}

export interface SubjectFindings {
  findings: FindingV1[];
  withheld: WithheldV1[];
  /** True when a record in a requested dataset is restricted: a practitioner must look first. */
  holdsRestrictedRecord: boolean;
}

export const RESTRICTED_CLINICAL_RECORD = 'restricted clinical record';
/** How far back the missed-appointments dataset reaches. */
export const MISSED_APPOINTMENT_MONTHS = 12;

const SERVICE_NAMES: Record<HealthService, string> = {
  'health-visiting': 'Health visiting',
  'school-nursing': 'School nursing',
  camhs: 'CAMHS',
  maternity: 'Maternity',
  'sexual-health': 'Sexual health',
  'gender-identity': 'Gender identity clinic',
};

/**
 * The facts one matched patient's record gives for the requested datasets, and only those.
 * Restricted records (a sexual-health or gender-identity clinic, or any row marked restricted)
 * are never turned into findings: the answer says one was withheld, without saying what. No
 * finding carries an address, safe or not.
 */
export function healthFindings(
  record: PatientRecord,
  request: { subjectRef: string; role: SubjectRole; datasets: readonly string[]; requestedAt: Date },
): SubjectFindings {
  const asked = new Set(request.datasets);
  const findings: FindingV1[] = [];
  let restrictedCount = 0;

  if (asked.has('gp-registration')) findings.push(...gpRegistrationFindings(record));
  if (asked.has('health-involvement')) {
    const restricted = record.involvements.filter(isRestricted);
    restrictedCount += restricted.length;
    findings.push(...involvementFindings(record.involvements.filter((involvement) => !isRestricted(involvement))));
  }
  if (asked.has('child-protection-flags')) findings.push(...childProtectionFindings(record));
  if (asked.has('missed-appointments')) {
    const since = monthsBefore(request.requestedAt, MISSED_APPOINTMENT_MONTHS);
    const recent = record.missedAppointments.filter(
      (missed) => missed.appointmentOn >= since && missed.appointmentOn <= isoDay(request.requestedAt),
    );
    restrictedCount += recent.filter((missed) => missed.restricted).length;
    findings.push(
      ...missedAppointmentFindings(
        recent.filter((missed) => !missed.restricted),
        request.role,
      ),
    );
  }

  const withheld: WithheldV1[] = restrictedCount
    ? [
        {
          what: `${restrictedCount} clinical record(s) about subject ${request.subjectRef}`,
          reason: RESTRICTED_CLINICAL_RECORD,
        },
      ]
    : [];
  return { findings, withheld, holdsRestrictedRecord: restrictedCount > 0 };
}

/**
 * What must never leave the service for this patient, whoever writes the answer: every part of a
 * safe address, and the clinic, clinician and service of each restricted record. The lib removes
 * any finding that contains one (case and spacing ignored).
 */
export function restrictedValuesOf(record: PatientRecord): string[] {
  const values: string[] = [];
  if (record.safeAddress) {
    const { line1, town, postcode } = record.safeAddress;
    values.push(line1, postcode, `${line1}, ${town}`);
  }
  for (const involvement of record.involvements.filter(isRestricted)) {
    values.push(involvement.provider, involvement.leadPractitioner);
    if (ALWAYS_RESTRICTED_SERVICES.includes(involvement.service)) values.push(SERVICE_NAMES[involvement.service]);
  }
  for (const missed of record.missedAppointments.filter((appointment) => appointment.restricted))
    values.push(missed.service);
  return [...new Set(values.filter((value) => value.trim().length > 0))];
}

function isRestricted(involvement: PatientRecord['involvements'][number]): boolean {
  return involvement.restricted || ALWAYS_RESTRICTED_SERVICES.includes(involvement.service);
}

function gpRegistrationFindings(record: PatientRecord): FindingV1[] {
  const registrations = [...record.gpRegistrations].sort((a, b) => b.registeredFrom.localeCompare(a.registeredFrom));
  const findings: FindingV1[] = registrations.map((registration) => ({
    dataset: 'gp-registration',
    summary: registration.registeredTo
      ? `Was registered with ${registration.practiceName} (ODS ${registration.odsCode}) from ${registration.registeredFrom} to ${registration.registeredTo}`
      : `Registered with ${registration.practiceName} (ODS ${registration.odsCode}) since ${registration.registeredFrom}`,
    occurredAt: registration.registeredFrom,
  }));
  if (!registrations.some((registration) => !registration.registeredTo)) {
    findings.unshift({ dataset: 'gp-registration', summary: 'Not currently registered with a GP practice' });
  }
  return findings;
}

function involvementFindings(involvements: PatientRecord['involvements']): FindingV1[] {
  return [...involvements]
    .sort((a, b) => b.startedOn.localeCompare(a.startedOn))
    .map((involvement) => {
      const when =
        involvement.status === 'open'
          ? `open since ${involvement.startedOn}`
          : `closed; ${involvement.startedOn} to ${involvement.endedOn ?? 'date not recorded'}`;
      return {
        dataset: 'health-involvement' as const,
        summary:
          `${SERVICE_NAMES[involvement.service]} (${involvement.provider}): ${when}; ` +
          `lead practitioner ${involvement.leadPractitioner}, ${involvement.leadPractitionerRole}`,
        occurredAt: involvement.startedOn,
      };
    });
}

const FLAG_DESCRIPTIONS: Record<PatientRecord['childProtectionFlags'][number]['kind'], string> = {
  'child-protection-plan': 'subject to a child protection plan',
  'looked-after': 'looked after by the local authority',
  'unborn-child-protection-plan': 'unborn baby subject to a child protection plan',
};

function childProtectionFindings(record: PatientRecord): FindingV1[] {
  const flags = [...record.childProtectionFlags].sort((a, b) => b.startedOn.localeCompare(a.startedOn));
  if (flags.length === 0) {
    return [
      { dataset: 'child-protection-flags', summary: 'No child protection, looked-after or unborn-baby flag held' },
    ];
  }
  return flags.map((flag) => {
    const due = flag.expectedDeliveryOn ? `, baby due ${flag.expectedDeliveryOn}` : '';
    const when = flag.endedOn
      ? `from ${flag.startedOn} to ${flag.endedOn} (flag ended)`
      : `since ${flag.startedOn} (flag active)`;
    return {
      dataset: 'child-protection-flags' as const,
      summary: `CP-IS flag: ${FLAG_DESCRIPTIONS[flag.kind]} ${when}${due}; responsible local authority ${flag.responsibleLocalAuthority}`,
      occurredAt: flag.startedOn,
    };
  });
}

function missedAppointmentFindings(missed: PatientRecord['missedAppointments'], role: SubjectRole): FindingV1[] {
  if (missed.length === 0) {
    return [
      {
        dataset: 'missed-appointments',
        summary: `No missed appointments in the last ${MISSED_APPOINTMENT_MONTHS} months`,
      },
    ];
  }
  return [...missed]
    .sort((a, b) => b.appointmentOn.localeCompare(a.appointmentOn))
    .map((appointment) => ({
      dataset: 'missed-appointments' as const,
      summary:
        appointment.wasNotBrought || role === 'child'
          ? `Was not brought to a ${appointment.service} appointment on ${appointment.appointmentOn}`
          : `Did not attend a ${appointment.service} appointment on ${appointment.appointmentOn}`,
      occurredAt: appointment.appointmentOn,
    }));
}

/** 'yyyy-MM-dd' of the same day `months` calendar months before `date` (UTC), or that month's last day. */
export function monthsBefore(date: Date, months: number): string {
  const firstOfMonth = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, 1));
  const daysInMonth = new Date(Date.UTC(firstOfMonth.getUTCFullYear(), firstOfMonth.getUTCMonth() + 1, 0)).getUTCDate();
  firstOfMonth.setUTCDate(Math.min(date.getUTCDate(), daysInMonth));
  return isoDay(firstOfMonth);
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
