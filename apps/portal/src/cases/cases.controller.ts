import { Role } from '@frontdoor/auth';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ScreeningClient, type CaseDetails } from '../clients/screening.client';
import { ServiceError } from '../clients/service-client';
import type { FieldError, FormBody, Parsed } from '../referrals/referral-answers';
import type { FlashMessage } from '../session/portal-session';
import { ForRoles } from '../session/page-access';
import { parseDecision } from './decision-form';
import { jointDecisionPanel, parseJointView, parseReturnReason } from './joint-decision-panel';

/** Police and the DA advisor open the cases they decide jointly (screening lets them read exactly those). */
const JOINT_DECIDERS = [Role.Screener, Role.Manager, Role.PoliceOfficer, Role.DaAdvisor];

/** A case: the contact, each child's history, agencies' answers, and the decision and sign-off forms. */
@Controller('cases')
@ForRoles(Role.Screener, Role.Manager)
export class CasesController {
  constructor(private readonly screening: ScreeningClient) {}

  @Get(':id')
  @ForRoles(...JOINT_DECIDERS)
  async show(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<void> {
    await this.render(request, response, id);
  }

  @Post(':id/decision')
  decide(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: FormBody,
  ): Promise<void> {
    return this.submit(request, response, id, body, {
      parsed: parseDecision(body),
      errorField: 'outcome',
      send: (token, decision) => this.screening.recordDecision(token, id, decision),
      flash: () => ({
        type: 'success',
        heading: 'Decision recorded',
        text: 'It now waits for a manager to sign it off.',
      }),
    });
  }

  @Post(':id/approve')
  @ForRoles(Role.Manager)
  approve(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: FormBody,
  ): Promise<void> {
    const note = typeof body.note === 'string' ? body.note.trim().slice(0, 5000) : '';
    return this.submit(request, response, id, body, {
      parsed: { ok: true, value: note || undefined },
      errorField: 'approve',
      send: (token, approvalNote) => this.screening.approveDecision(token, id, approvalNote),
      flash: () => ({
        type: 'success',
        heading: 'Decision signed off',
        text: 'The referrer and partner services will be told.',
      }),
    });
  }

  @Post(':id/return')
  @ForRoles(Role.Manager)
  returnDecision(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: FormBody,
  ): Promise<void> {
    return this.submit(request, response, id, body, {
      parsed: parseReturnReason(body),
      errorField: 'returnReason',
      send: (token, reason) => this.screening.returnDecision(token, id, reason),
      flash: () => ({
        type: 'success',
        heading: 'Decision returned',
        text: 'The case is open again for the screener, with your reason.',
      }),
    });
  }

  @Post(':id/joint-view')
  @ForRoles(...JOINT_DECIDERS)
  recordJointView(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: FormBody,
  ): Promise<void> {
    return this.submit(request, response, id, body, {
      parsed: parseJointView(body),
      errorField: 'jointOutcome',
      send: (token, view) => this.screening.recordJointView(token, id, view),
      flash: (joint) => ({
        type: 'success',
        heading: 'Your view is recorded',
        text:
          joint.status === 'agreed'
            ? 'Every party agrees: the joint decision is sealed.'
            : joint.status === 'disagreed'
              ? 'The parties disagree: a manager will resolve it.'
              : 'The joint decision waits for the other parties.',
      }),
    });
  }

  /**
   * One of the case's forms: good input goes to screening, then back to the case with a message;
   * bad input, or screening's refusal, shows the case again with the errors and the answers kept.
   */
  private async submit<T, R>(
    request: Request,
    response: Response,
    id: string,
    body: FormBody,
    form: {
      parsed: Parsed<T>;
      errorField: string;
      send: (token: string, value: T) => Promise<R>;
      flash: (result: R) => FlashMessage;
    },
  ): Promise<void> {
    const { parsed } = form;
    if (!parsed.ok) return this.render(request, response, id, { errors: parsed.errors, values: body, status: 400 });
    let result: R;
    try {
      result = await form.send(request.session.token!, parsed.value);
    } catch (error) {
      const message = refusal(error);
      if (!message) throw error;
      return this.render(request, response, id, {
        errors: [{ field: form.errorField, text: message }],
        values: body,
        status: 409,
      });
    }
    request.session.flash = form.flash(result);
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
    const frontDoor = user.roles.includes(Role.Screener) || user.roles.includes(Role.Manager);
    const latest = details.decisions.at(-1);
    response.status(form.status ?? 200).render('cases/show.njk', {
      details,
      flash,
      pending,
      frontDoor,
      jointPanel: details.jointDecision ? jointDecisionPanel(details.jointDecision, user.agency) : null,
      returned: details.status === 'open' && latest?.status === 'returned' ? latest : undefined,
      canDecide: frontDoor && details.status === 'open',
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
