import { Role } from '@frontdoor/auth';
import { Controller, Get, NotFoundException, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { IntakeClient } from '../clients/intake.client';
import { ScreeningClient } from '../clients/screening.client';
import { ForRoles } from '../session/page-access';
import { STATUS_LABELS, withStatuses, type ReferralWithStatus } from './referral-statuses';

/**
 * "My referrals": the school's own referrals with their status and the front door's feedback.
 * Both services answer only for the caller's organisation, so another school's referral is
 * never listed and its page is "not found".
 */
@Controller('my-referrals')
@ForRoles(Role.SchoolDsl)
export class MyReferralsController {
  constructor(
    private readonly intake: IntakeClient,
    private readonly screening: ScreeningClient,
  ) {}

  @Get()
  async list(@Req() request: Request, @Res() response: Response): Promise<void> {
    response.render('my-referrals/list.njk', { referrals: await this.referrals(request), statuses: STATUS_LABELS });
  }

  @Get(':contactId')
  async show(@Req() request: Request, @Res() response: Response, @Param('contactId') contactId: string): Promise<void> {
    const referral = (await this.referrals(request)).find((candidate) => candidate.contactId === contactId);
    if (!referral) throw new NotFoundException();
    response.render('my-referrals/show.njk', { referral, statuses: STATUS_LABELS });
  }

  private async referrals(request: Request): Promise<ReferralWithStatus[]> {
    const token = request.session.token!;
    const [sent, feedback] = await Promise.all([
      this.intake.latestContacts(token, 50),
      this.screening.referrerFeedback(token),
    ]);
    return withStatuses(sent, feedback);
  }
}
