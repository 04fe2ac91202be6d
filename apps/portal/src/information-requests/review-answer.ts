import type { SubjectAnswerV1, WithheldV1 } from '@frontdoor/contracts';
import type { PractitionerAnswer } from '../clients/information-requests.client';
import { list, required, text, type FieldError, type FormBody, type Parsed } from '../referrals/referral-answers';

const REASON_MAX = 1000;

/** The checkbox value for one proposed finding: which person, which finding. */
export function findingKey(subjectIndex: number, findingIndex: number): string {
  return `${subjectIndex}-${findingIndex}`;
}

/**
 * The practitioner's review of what the records would share. Release: the findings left ticked
 * go, each one unticked is withheld with the practitioner's reason, and what the records already
 * withheld (restricted records) stays withheld. Decline: nothing about anyone goes, only that the
 * agency declined and why, so the front door knows it was not an oversight.
 */
export function parseReview(
  body: FormBody,
  proposed: { subjects: SubjectAnswerV1[]; withheld: WithheldV1[] },
  datasets: readonly string[],
): Parsed<PractitionerAnswer> {
  const errors: FieldError[] = [];
  const decision = text(body, 'decision');
  if (decision === 'decline') {
    const reason = required(body, 'declineReason', 'Enter why you are declining to share', errors, REASON_MAX);
    if (errors.length > 0) return { ok: false, errors };
    return {
      ok: true,
      value: { subjects: [], withheld: [{ what: `everything asked for (${datasets.join(', ')})`, reason }] },
    };
  }
  if (decision !== 'release') {
    return {
      ok: false,
      errors: [{ field: 'decision', text: 'Select whether to release the answer or decline to share' }],
    };
  }
  const ticked = new Set(list(body, 'share'));
  const notShared: WithheldV1[] = [];
  const subjects = proposed.subjects.map((subject, subjectIndex) => {
    const findings = subject.findings.filter((_, findingIndex) => ticked.has(findingKey(subjectIndex, findingIndex)));
    const left = subject.findings.length - findings.length;
    if (left > 0) notShared.push({ what: `${left} finding(s) about ${subject.subjectRef}`, reason: '' });
    return { ...subject, findings };
  });
  if (notShared.length > 0) {
    const reason = required(
      body,
      'notSharedReason',
      'Enter why you are not sharing the findings you unticked',
      errors,
      REASON_MAX,
    );
    if (errors.length > 0) return { ok: false, errors };
    for (const item of notShared) item.reason = reason;
  }
  return { ok: true, value: { subjects, withheld: [...proposed.withheld, ...notShared] } };
}
