import { ConcernCategory, Rag, StrategyReason } from '@frontdoor/contracts';
import type { CaseDetails } from '../clients/screening.client';
import type { NewStrategyDiscussion } from '../clients/strategy.client';
import { list, required, text, type FieldError, type FormBody, type Parsed } from '../referrals/referral-answers';

const REASONS = new Set<string>(Object.values(StrategyReason));
const RAGS = new Set<string>(Object.values(Rag));
const CONCERNS = new Set<string>(Object.values(ConcernCategory));

/** The rationale's limit in strategy's `CreateDiscussionDto`. */
const RATIONALE_MAX = 10_000;

/**
 * Asking for a strategy discussion by hand from a case: why, how urgent, the concerns, and the
 * reasons. The children and the referrer are the case's, so they are not asked again.
 */
export function parseStrategyRequest(body: FormBody, details: CaseDetails): Parsed<NewStrategyDiscussion> {
  const errors: FieldError[] = [];
  const reason = text(body, 'reason');
  if (!REASONS.has(reason)) errors.push({ field: 'reason', text: 'Select why a strategy discussion is needed' });
  const rag = text(body, 'rag');
  if (!RAGS.has(rag)) errors.push({ field: 'rag', text: 'Select how urgent it is' });
  const concernCategories = list(body, 'concernCategories');
  if (concernCategories.length === 0 || concernCategories.some((category) => !CONCERNS.has(category)))
    errors.push({ field: 'concernCategories', text: 'Select what the concern is about' });
  const rationale = required(body, 'rationale', 'Enter why a strategy discussion is needed', errors, RATIONALE_MAX);
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      caseId: details.id,
      caseReference: details.reference,
      reason,
      rag,
      concernCategories: [...new Set(concernCategories)],
      rationale,
      children: details.children.map(({ details: child }) => ({
        firstName: child.firstName,
        lastName: child.lastName,
        ...(child.dateOfBirth && { dateOfBirth: child.dateOfBirth }),
      })),
      referrer: { organisation: details.referrerOrganisation, sourceType: details.sourceType },
    },
  };
}
