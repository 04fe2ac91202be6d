import { ContactDetailsV1, SourceType } from '@frontdoor/contracts';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import type { PortalUser } from '../session/portal-session';
import { missingRequiredAnswers, type ChildAnswers, type ReferralDraft } from './referral-draft';

export class IncompleteReferralError extends Error {
  override readonly name = 'IncompleteReferralError';
}

/**
 * The body intake takes (`POST /contacts`) for a finished draft: the school as the source
 * (CIN census code 2A), the signed-in DSL as the referrer, every child and adult, the worry.
 */
export function toContactDetails(draft: ReferralDraft, referrer: PortalUser, schoolName: string): ContactDetailsV1 {
  const missing = missingRequiredAnswers(draft);
  if (missing.length > 0) throw new IncompleteReferralError(missing.map((item) => item.text).join('; '));
  return {
    source: { type: SourceType.School, cinCode: '2A' },
    referrer: { name: referrer.name, role: 'Designated safeguarding lead', organisation: schoolName },
    ...contactBody(draft),
  };
}

/** What every journey sends the same way, whoever the referrer is: the children, the adults, the worry. */
export function contactBody(draft: ReferralDraft): Pick<ContactDetailsV1, 'children' | 'adults' | 'concerns'> {
  return {
    children: draft.children.map(toChild),
    adults: draft.adults.map((adult) => ({
      firstName: adult.firstName,
      lastName: adult.lastName,
      relationshipToChildren: adult.relationshipToChildren,
      livesWithChildren: adult.livesWithChildren,
      ...(adult.dateOfBirth ? { dateOfBirth: adult.dateOfBirth } : {}),
    })),
    concerns: {
      categories: draft.concernCategories!,
      narrative: draft.narrative!,
      immediateDanger: draft.immediateDanger!,
      familyAwareness: draft.familyAwareness!,
      ...(draft.actionTakenSoFar ? { actionTakenSoFar: draft.actionTakenSoFar } : {}),
    },
  };
}

function toChild(child: ChildAnswers): ContactDetailsV1['children'][number] {
  const address =
    child.addressLine1 || child.town || child.postcode
      ? {
          ...(child.addressLine1 ? { line1: child.addressLine1 } : {}),
          ...(child.town ? { town: child.town } : {}),
          ...(child.postcode ? { postcode: child.postcode } : {}),
        }
      : undefined;
  return {
    firstName: child.firstName,
    lastName: child.lastName,
    dateOfBirthStatus: child.dateOfBirthStatus,
    ...(child.dateOfBirthStatus === 'known' ? { dateOfBirth: child.dateOfBirth } : {}),
    ...(child.dateOfBirthStatus === 'unborn' ? { expectedDateOfBirth: child.expectedDateOfBirth } : {}),
    ...(child.nhsNumber ? { nhsNumber: child.nhsNumber } : {}),
    ...(child.upn ? { upn: child.upn } : {}),
    ...(address ? { address } : {}),
    ...(child.hasSpoken === 'yes'
      ? { wordsAndViews: child.wordsAndViews }
      : { viewsNotObtainedReason: child.viewsNotObtainedReason }),
  };
}

/** The contract's own rules, checked before sending: a failure here is a bug in the portal. */
export function contractProblems(details: ContactDetailsV1): string[] {
  const errors = validateSync(plainToInstance(ContactDetailsV1, details), {
    whitelist: true,
    forbidNonWhitelisted: true,
  });
  return flatten(errors);
}

function flatten(errors: ValidationError[], path = ''): string[] {
  return errors.flatMap((error) => {
    const here = path ? `${path}.${error.property}` : error.property;
    return [
      ...Object.values(error.constraints ?? {}).map((message) => `${here}: ${message}`),
      ...flatten(error.children ?? [], here),
    ];
  });
}
