import type { AllocateCase, StaffMember, Workload } from '../clients/screening.client';
import { text, type FieldError, type FormBody, type Parsed } from '../referrals/referral-answers';

/** The reason's limit in screening's `AllocateCaseDto`. */
const REASON_MAX = 500;

type WorkloadLine = Workload['lines'][number];

/** "3 cases: 1 near its deadline, none past it": what a manager weighs when choosing. */
export function workloadSummary(line: Pick<WorkloadLine, 'cases' | 'nearDeadline' | 'pastDeadline'>): string {
  if (line.cases === 0) return 'No cases';
  const count = (n: number) => (n === 0 ? 'none' : String(n));
  return `${line.cases} ${line.cases === 1 ? 'case' : 'cases'}: ${count(line.nearDeadline)} near the deadline, ${count(line.pastDeadline)} past it`;
}

/** The screeners a case can go to, with what each already has: everyone but the one it is with. */
export function screenerOptions(
  workload: Workload,
  current: StaffMember | null,
): { value: string; text: string; hint: { text: string } }[] {
  return workload.lines
    .filter((line): line is WorkloadLine & { screener: StaffMember } => line.screener !== null)
    .filter((line) => line.screener.subject !== current?.subject)
    .map((line) => ({ value: line.screener.subject, text: line.screener.name, hint: { text: workloadSummary(line) } }));
}

/** The allocate form, as screening's `PUT /cases/:id/allocation` takes it; only an offered screener is accepted. */
export function parseAllocation(body: FormBody, offered: readonly string[]): Parsed<AllocateCase> {
  const errors: FieldError[] = [];
  const screener = text(body, 'screener');
  if (!offered.includes(screener)) errors.push({ field: 'screener', text: 'Select the screener to give the case to' });
  const reason = text(body, 'reason');
  if (reason.length > REASON_MAX) {
    errors.push({ field: 'reason', text: `The reason must be ${REASON_MAX} characters or fewer` });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { screener, ...(reason && { reason }) } };
}
