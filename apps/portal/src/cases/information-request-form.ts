import { Article6Basis, PARTNER_AGENCIES, SpecialCategoryCondition } from '@frontdoor/contracts';
import type { RequestInformation } from '../clients/screening.client';
import { list, required, text, type FieldError, type FormBody, type Parsed } from '../referrals/referral-answers';

const AGENCIES = new Set<string>(PARTNER_AGENCIES);
const ARTICLE_6 = new Set<string>(Object.values(Article6Basis));
const SPECIAL_CATEGORY = new Set<string>(Object.values(SpecialCategoryCondition));

/** The question's limit in screening's `RequestInformationDto`. */
const QUESTION_MAX = 2000;

/**
 * The "ask the agencies" form, as screening's `POST /cases/:id/information-requests` takes it:
 * which agencies, the question, and the lawful basis. Each agency is asked for its own datasets
 * and answers by a deadline from the case's RAG; screening sets both, so they are not fields here.
 */
export function parseInformationRequest(body: FormBody): Parsed<RequestInformation> {
  const errors: FieldError[] = [];
  const agencies = list(body, 'agencies');
  if (agencies.length === 0 || agencies.some((agency) => !AGENCIES.has(agency)))
    errors.push({ field: 'agencies', text: 'Select the agencies to ask' });
  const question = required(body, 'question', 'Enter what you want to know', errors, QUESTION_MAX);
  const article6 = text(body, 'article6');
  if (!ARTICLE_6.has(article6)) errors.push({ field: 'article6', text: 'Select the lawful basis for asking' });
  const specialCategoryCondition = text(body, 'specialCategoryCondition');
  if (!SPECIAL_CATEGORY.has(specialCategoryCondition))
    errors.push({ field: 'specialCategoryCondition', text: 'Select the condition for special category data' });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      agencies: [...new Set(agencies)],
      question,
      article6,
      specialCategoryCondition,
    },
  };
}
