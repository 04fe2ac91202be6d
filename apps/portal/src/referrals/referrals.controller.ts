import { Role } from '@frontdoor/auth';
import type { ContactDetailsV1 } from '@frontdoor/contracts';
import { Controller } from '@nestjs/common';
import type { Request } from 'express';
import { IntakeClient } from '../clients/intake.client';
import { ForRoles } from '../session/page-access';
import { SCHOOL_REFERRAL } from './contact-journey';
import { ContactQuestions } from './contact-questions';
import { missingRequiredAnswers, type ReferralDraft } from './referral-draft';
import { toContactDetails } from './to-contact-details';

/**
 * "Make a referral" for a school's designated safeguarding lead: one question per page, the
 * answers kept in the session, "check your answers", then one POST to intake.
 */
@Controller('referrals')
@ForRoles(Role.SchoolDsl)
export class ReferralsController extends ContactQuestions {
  protected readonly journey = SCHOOL_REFERRAL;

  constructor(protected readonly intake: IntakeClient) {
    super();
  }

  protected toDetails(draft: ReferralDraft, request: Request): ContactDetailsV1 {
    const user = request.session.user!;
    return toContactDetails(draft, user, user.organisationName ?? user.organisation);
  }

  protected missing(draft: ReferralDraft) {
    return missingRequiredAnswers(draft);
  }

  protected beforeFirstQuestion(): string {
    return '/referrals/new';
  }
}
