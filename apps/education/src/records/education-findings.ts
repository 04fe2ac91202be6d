import type { AgencyDataset, FindingV1, WithheldV1 } from '@frontdoor/contracts';
import type { AttendanceRecord } from '../pupils/attendance-record.entity';
import type { Exclusion } from '../pupils/exclusion.entity';
import type { Pupil } from '../pupils/pupil.entity';
import type { SafeguardingConcern } from '../pupils/safeguarding-concern.entity';
import type { School } from '../schools/school.entity';
import {
  attendancePercentage,
  isPersistentlyAbsent,
  previousTerm,
  sameTerm,
  termOf,
  yearGroupLabel,
} from '../terms/school-terms';

/** Everything education holds about one pupil, as read for an answer. */
export interface PupilFile {
  pupil: Pupil;
  school: School | null;
  attendance: AttendanceRecord[];
  exclusions: Exclusion[];
  concerns: SafeguardingConcern[];
}

/** How far back exclusions are shared (the request's vocabulary: "exclusions, last 2 years"). */
export const EXCLUSION_WINDOW_YEARS = 2;

export interface PupilAnswer {
  findings: FindingV1[];
  withheld: WithheldV1[];
  /** Values that must never leave: the safe address, and for a protected pupil their school. */
  restrictedValues: string[];
  /** A protected-roll pupil: a practitioner reviews before anything is shared. */
  needsReview: boolean;
}

const SEN_NEED_LABEL: Record<string, string> = {
  SLCN: 'speech, language and communication needs',
  SEMH: 'social, emotional and mental health',
  ASD: 'autistic spectrum disorder',
  MLD: 'moderate learning difficulty',
  SpLD: 'specific learning difficulty',
  SLD: 'severe learning difficulty',
  PMLD: 'profound and multiple learning difficulty',
  PD: 'physical disability',
  HI: 'hearing impairment',
  VI: 'visual impairment',
  MSI: 'multi-sensory impairment',
  OTH: 'other difficulty or disability',
};

/**
 * The facts education shares about one pupil for the datasets asked, and nothing else: dates in
 * occurredAt, no opinion, no address ever. For a pupil on the protected roll the school is withheld
 * (with the reason) and the school's and the safe address's values are listed as restricted, so the
 * information-sharing lib refuses any answer, however written, that carries them.
 */
export function pupilAnswer(
  subjectRef: string,
  file: PupilFile,
  datasets: readonly AgencyDataset[],
  asOf: Date,
): PupilAnswer {
  const asked = new Set<string>(datasets);
  const today = asOf.toISOString().slice(0, 10);
  const findings: FindingV1[] = [];
  const withheld: WithheldV1[] = [];
  const { pupil } = file;

  if (pupil.protectedRoll) {
    withheld.push({
      what: `school and address of ${subjectRef}`,
      reason:
        `${pupil.restrictionReason ?? 'Protected roll'}. Where this child lives and goes to school is not shared; ` +
        'the LA education safeguarding officer can be asked directly.',
    });
  }
  if (asked.has('school')) findings.push(...schoolFindings(file));
  if (asked.has('attendance')) findings.push(...attendanceFindings(file.attendance, today));
  if (asked.has('exclusions')) findings.push(...exclusionFindings(file.exclusions, today));
  if (asked.has('safeguarding-concerns')) {
    const { shared, held } = concernFindings(file.concerns);
    findings.push(...shared);
    withheld.push(
      ...held.map((concern) => ({
        what: `safeguarding concern logged ${concern.loggedOn} about ${subjectRef}`,
        reason: concern.restrictionReason ?? 'Restricted by the school',
      })),
    );
  }
  if (asked.has('special-educational-needs')) findings.push(senFinding(pupil));

  return {
    findings,
    withheld,
    restrictedValues: restrictedValuesOf(file),
    needsReview: pupil.protectedRoll,
  };
}

/** What must never leave for this pupil. Only values the front door did not send us. */
export function restrictedValuesOf(file: PupilFile): string[] {
  const { pupil, school } = file;
  const values = [pupil.safeAddressLine1, pupil.safeAddressPostcode];
  if (pupil.protectedRoll) {
    values.push(pupil.addressLine1);
    if (school)
      values.push(school.name, school.urn, `school-${school.urn}`, school.dslName, school.dslPhone, school.dslEmail);
  }
  return values.filter((value): value is string => typeof value === 'string' && value.trim().length > 0);
}

function schoolFindings(file: PupilFile): FindingV1[] {
  const { pupil, school } = file;
  const year = yearGroupLabel(pupil.yearGroup);
  if (pupil.protectedRoll || !school) {
    return [
      { dataset: 'school', summary: `On a school roll in the authority, ${year} (school withheld: restricted record)` },
    ];
  }
  return [
    {
      dataset: 'school',
      summary: `On roll at ${school.name} (URN ${school.urn}), ${year}, since ${pupil.admittedOn}`,
      detail:
        `Designated safeguarding lead: ${school.dslName}, ${school.dslPhone}, ${school.dslEmail}. ` +
        `School day starts ${school.schoolDayStartsAt}.`,
      occurredAt: pupil.admittedOn,
    },
  ];
}

/** The current term (so far) and the one before, newest first. */
function attendanceFindings(records: AttendanceRecord[], today: string): FindingV1[] {
  const current = termOf(today);
  const terms = [current, previousTerm(current)];
  const findings: FindingV1[] = [];
  for (const term of terms) {
    const record = records.find((candidate) => sameTerm(candidate, term));
    if (!record) continue;
    const percentage = attendancePercentage(record.sessionsPossible, record.sessionsAttended);
    const persistent = isPersistentlyAbsent(record.sessionsPossible, record.sessionsAttended);
    const label = `${record.term} term ${record.academicYear}${term === current ? ' (to date)' : ''}`;
    findings.push({
      dataset: 'attendance',
      summary:
        `Attendance ${label}: ${percentage.toFixed(1)}% (${record.sessionsAttended} of ${record.sessionsPossible} sessions)` +
        (persistent ? '; persistently absent (below 90%)' : ''),
      occurredAt: record.termStartsOn,
    });
  }
  if (findings.length === 0) {
    findings.push({ dataset: 'attendance', summary: 'No attendance recorded for the current or previous term' });
  }
  return findings;
}

function exclusionFindings(exclusions: Exclusion[], today: string): FindingV1[] {
  const since = yearsBefore(today, EXCLUSION_WINDOW_YEARS);
  const recent = exclusions
    .filter((exclusion) => exclusion.startsOn >= since && exclusion.startsOn <= today)
    .sort((a, b) => b.startsOn.localeCompare(a.startsOn));
  if (recent.length === 0) {
    return [{ dataset: 'exclusions', summary: `No suspensions or permanent exclusions since ${since}` }];
  }
  return recent.map((exclusion) => ({
    dataset: 'exclusions',
    summary:
      exclusion.kind === 'permanent'
        ? `Permanent exclusion from ${exclusion.startsOn}: ${exclusion.reason.toLowerCase()}`
        : `Suspension of ${formatDays(exclusion.days ?? 0)} from ${exclusion.startsOn}: ${exclusion.reason.toLowerCase()}`,
    occurredAt: exclusion.startsOn,
  }));
}

function concernFindings(concerns: SafeguardingConcern[]): { shared: FindingV1[]; held: SafeguardingConcern[] } {
  const newestFirst = [...concerns].sort((a, b) => b.loggedOn.localeCompare(a.loggedOn));
  const held = newestFirst.filter((concern) => concern.restricted);
  const open = newestFirst.filter((concern) => !concern.restricted);
  const shared: FindingV1[] = open.map((concern) => ({
    dataset: 'safeguarding-concerns',
    summary: truncate(`DSL logged a concern on ${concern.loggedOn} (${concern.category}): ${concern.summary}`, 500),
    occurredAt: concern.loggedOn,
  }));
  if (shared.length === 0 && held.length === 0) {
    shared.push({ dataset: 'safeguarding-concerns', summary: 'No safeguarding concerns logged by the school' });
  }
  return { shared, held };
}

function senFinding(pupil: Pupil): FindingV1 {
  if (pupil.senStatus === 'none') {
    return { dataset: 'special-educational-needs', summary: 'No special educational needs recorded' };
  }
  const need = pupil.senPrimaryNeed
    ? `; primary need: ${SEN_NEED_LABEL[pupil.senPrimaryNeed] ?? pupil.senPrimaryNeed}`
    : '';
  const status = pupil.senStatus === 'ehcp' ? 'Education, health and care plan' : 'SEN support';
  return {
    dataset: 'special-educational-needs',
    summary: `${status}${pupil.senSince ? ` since ${pupil.senSince}` : ''}${need}`,
    ...(pupil.senSince ? { occurredAt: pupil.senSince } : {}),
  };
}

function yearsBefore(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y - years, m - 1, d));
  // 29 February two years back is 1 March.
  return date.toISOString().slice(0, 10);
}

function formatDays(days: number): string {
  return `${Number.isInteger(days) ? days : days.toFixed(1)} day${days === 1 ? '' : 's'}`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
