import { SubjectAnswerV1, WithheldV1 } from '@frontdoor/contracts';

export interface RedactedAnswer {
  subjects: SubjectAnswerV1[];
  withheld: WithheldV1[];
  /** How many findings were removed because they carried a restricted value. */
  removed: number;
}

/**
 * The last gate before an answer leaves the agency: any finding that carries a restricted value
 * (a safe address, a restricted marker), whoever wrote it, is removed and recorded as withheld.
 * Comparison ignores case and spacing, so "M33 7ZZ" and "m337zz" are the same value.
 */
export function redactRestricted(
  subjects: SubjectAnswerV1[],
  withheld: WithheldV1[],
  restrictedValues: string[],
): RedactedAnswer {
  const restricted = restrictedValues.map(squash).filter((value) => value.length >= 3);
  let removed = 0;
  const safeSubjects = subjects.map((subject) => {
    const findings = subject.findings.filter((finding) => {
      const text = squash(`${finding.summary} ${finding.detail ?? ''}`);
      const leaks = restricted.some((value) => text.includes(value));
      if (leaks) removed += 1;
      return !leaks;
    });
    return { ...subject, findings };
  });
  const redactions: WithheldV1[] = removed
    ? [{ what: `${removed} finding(s)`, reason: 'contained restricted information that this agency does not share' }]
    : [];
  return { subjects: safeSubjects, withheld: [...withheld, ...redactions], removed };
}

function squash(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]/g, '');
}
