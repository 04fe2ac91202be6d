import { Role } from '@frontdoor/auth';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ScreeningClient, type CaseDetails } from '../clients/screening.client';
import { ServiceError } from '../clients/service-client';
import type { FieldError, FormBody } from '../referrals/referral-answers';
import { ForRoles } from '../session/page-access';
import { parseDecision } from './decision-form';

/** A case: the contact, each child's history, agencies' answers, and the decision and sign-off forms. */
@Controller('cases')
@ForRoles(Role.Screener, Role.Manager)
export class CasesController {
  constructor(private readonly screening: ScreeningClient) {}

  @Get(':id')
  async show(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<void> {
    await this.render(request, response, id);
  }

  @Post(':id/decision')
  async decide(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: FormBody,
  ): Promise<void> {
    const parsed = parseDecision(body);
    if (!parsed.ok) return this.render(request, response, id, { errors: parsed.errors, values: body, status: 400 });
    try {
      await this.screening.recordDecision(request.session.token!, id, parsed.value);
    } catch (error) {
      const message = refusal(error);
      if (!message) throw error;
      return this.render(request, response, id, {
        errors: [{ field: 'outcome', text: message }],
        values: body,
        status: 409,
      });
    }
    request.session.flash = {
      type: 'success',
      heading: 'Decision recorded',
      text: 'It now waits for a manager to sign it off.',
    };
    response.redirect(303, `/cases/${id}`);
  }

  @Post(':id/approve')
  @ForRoles(Role.Manager)
  async approve(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: FormBody,
  ): Promise<void> {
    const note = typeof body.note === 'string' ? body.note.trim().slice(0, 5000) : '';
    try {
      await this.screening.approveDecision(request.session.token!, id, note || undefined);
    } catch (error) {
      const message = refusal(error);
      if (!message) throw error;
      return this.render(request, response, id, { errors: [{ field: 'approve', text: message }], status: 409 });
    }
    request.session.flash = {
      type: 'success',
      heading: 'Decision signed off',
      text: 'The referrer and partner services will be told.',
    };
    response.redirect(303, `/cases/${id}`);
  }

  private async render(
    request: Request,
    response: Response,
    id: string,
    form: { errors?: FieldError[]; values?: FormBody; status?: number } = {},
  ): Promise<void> {
    const details: CaseDetails = await this.screening.readCase(request.session.token!, id);
    const user = request.session.user!;
    const pending = details.decisions.find((decision) => decision.status === 'awaiting-approval');
    const flash = request.session.flash;
    request.session.flash = undefined;
    response.status(form.status ?? 200).render('cases/show.njk', {
      details,
      flash,
      pending,
      canDecide: details.status === 'open',
      canApprove:
        details.status === 'awaiting-approval' &&
        user.roles.includes(Role.Manager) &&
        pending?.decidedBy !== user.subject,
      ownDecisionPending: pending?.decidedBy === user.subject,
      errors: form.errors,
      values: form.values ?? {},
      title: `Case ${details.reference}`,
    });
  }
}

/** What a screening refusal (409, 403, 400) means for the person, or undefined for anything else. */
function refusal(error: unknown): string | undefined {
  if (!(error instanceof ServiceError)) return undefined;
  if (error.status === 409 || error.status === 403 || error.status === 400 || error.status === 422) {
    return (
      error.problem?.detail ??
      error.problem?.title ??
      'The front door could not record this. Reload the case and try again.'
    );
  }
  return undefined;
}
