import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AGENCY_PRACTITIONERS, type PractitionerAgency } from '../clients/per-agency';
import {
  StrategyInvitationClients,
  type StrategyInvitation,
  type StrategyInvitationsClient,
} from '../clients/strategy-invitations.client';
import { datePartsFrom, type FieldError, type FormBody } from '../referrals/referral-answers';
import { postForm } from '../rendering/form-post';
import { ForRoles } from '../session/page-access';
import { takeFlash } from '../sign-in/sign-in.controller';
import { AVAILABILITY_SLOTS, parseInvitationAnswer, windowFields } from './invitation-answer';

/**
 * The strategy discussions a practitioner's agency is invited to (from police's, health's or
 * education's own service, whichever is theirs) and the answer: who attends and when they are
 * free, or that the agency declines and why. The front door sees the answer on the discussion.
 */
@Controller('strategy-invitations')
@ForRoles(...AGENCY_PRACTITIONERS)
export class StrategyInvitationsController {
  constructor(private readonly clients: StrategyInvitationClients) {}

  @Get()
  async list(@Req() request: Request, @Res() response: Response): Promise<void> {
    const { agency, client } = this.agencyOf(request);
    const invitations = await client.invitations(request.session.token!);
    response.render('strategy-invitations/list.njk', {
      agency,
      waiting: invitations.filter((invitation) => invitation.status === 'awaiting-confirmation'),
      answered: invitations.filter((invitation) => invitation.status !== 'awaiting-confirmation').slice(0, 20),
      flash: takeFlash(request),
    });
  }

  @Get(':id')
  async show(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<void> {
    const { agency, client } = this.agencyOf(request);
    this.render(response, agency, await client.invitation(request.session.token!, id));
  }

  @Post(':id/answer')
  async answer(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: FormBody,
  ): Promise<void> {
    const { agency, client } = this.agencyOf(request);
    const invitation = await client.invitation(request.session.token!, id);
    await postForm(request, response, body, {
      parsed: parseInvitationAnswer(body, new Date()),
      errorField: 'decision',
      send: (token, answer) => client.answer(token, id, answer),
      flash: (answered) => ({
        type: 'success',
        heading:
          answered.status === 'declined'
            ? `Declined: ${answered.caseReference}`
            : `Attendance confirmed: ${answered.caseReference}`,
        text:
          answered.status === 'declined'
            ? 'The front door has been told that your agency cannot attend, and why.'
            : 'The front door has who will attend and when they are free.',
      }),
      redirectTo: '/strategy-invitations',
      showErrors: async (shown) => this.render(response, agency, invitation, shown),
    });
  }

  private agencyOf(request: Request): { agency: PractitionerAgency; client: StrategyInvitationsClient } {
    // @ForRoles lets in only the invitees, each of whom has an agency.
    return this.clients.forRoles(request.session.user!.roles)!;
  }

  private render(
    response: Response,
    agency: PractitionerAgency,
    invitation: StrategyInvitation,
    form: { errors?: FieldError[]; values?: FormBody; status?: number } = {},
  ): void {
    const values = form.values ?? {};
    response.status(form.status ?? 200).render('strategy-invitations/show.njk', {
      agency,
      invitation,
      title: `Strategy discussion invitation ${invitation.caseReference}`,
      windows: Array.from({ length: AVAILABILITY_SLOTS }, (_, index) => {
        const fields = windowFields(index + 1);
        return {
          n: index + 1,
          fields,
          day: datePartsFrom(values, fields.day),
          from: values[fields.from],
          to: values[fields.to],
        };
      }),
      errors: form.errors,
      values,
    });
  }
}
