import { Role } from '@frontdoor/auth';
import { AGENCY_DATASETS, Article6Basis, SpecialCategoryCondition } from '@frontdoor/contracts';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { IntakeClient } from '../clients/intake.client';
import { ScreeningClient, type CaseDetails } from '../clients/screening.client';
import type { FieldError, FormBody } from '../referrals/referral-answers';
import { postForm, type FormPost } from '../rendering/form-post';
import { levelSuggestionInWords } from './level-suggestion';
import { AGENCY_LABELS, DATASET_LABELS } from '../rendering/partnership-labels';
import { ForRoles } from '../session/page-access';
import { agencyAnswersPanel } from './agency-answers';
import { parseDecision } from './decision-form';
import { parseInformationRequest } from './information-request-form';
import { referrerToldInWords } from './referrer-told';
import { jointDecisionPanel, parseJointView, parseReturnReason } from './joint-decision-panel';

/** Police and the DA advisor open the cases they decide jointly (screening lets them read exactly those). */
const JOINT_DECIDERS = [Role.Screener, Role.Manager, Role.PoliceOfficer, Role.DaAdvisor];

/** A case: the contact, each child's history, agencies' answers, and the decision and sign-off forms. */
@Controller('cases')
@ForRoles(Role.Screener, Role.Manager)
export class CasesController {
  constructor(
    private readonly screening: ScreeningClient,
    private readonly intake: IntakeClient,
  ) {}

  @Get(':id')
  @ForRoles(...JOINT_DECIDERS)
  async show(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<void> {
    await this.render(request, response, id);
  }

  @Get(':id/ask-agencies')
  async askAgencies(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<void> {
    await this.renderAskAgencies(request, response, id);
  }

  @Post(':id/ask-agencies')
  sendInformationRequests(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: FormBody,
  ): Promise<void> {
    return postForm(request, response, body, {
      parsed: parseInformationRequest(body),
      errorField: 'agencies',
      send: (token, asked) => this.screening.requestInformation(token, id, asked),
      flash: (sent) => ({
        type: 'success',
        heading: `Asked ${sent.map((asked) => AGENCY_LABELS[asked.agency] ?? asked.agency).join(', ')}`,
        text: 'Their answers appear on this page as they arrive.',
      }),
      redirectTo: `/cases/${id}`,
      showErrors: (shown) => this.renderAskAgencies(request, response, id, shown),
    });
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

  private submit<T, R>(
    request: Request,
    response: Response,
    id: string,
    body: FormBody,
    form: Omit<FormPost<T, R>, 'redirectTo' | 'showErrors'>,
  ): Promise<void> {
    return postForm(request, response, body, {
      ...form,
      redirectTo: `/cases/${id}`,
      showErrors: (shown) => this.render(request, response, id, shown),
    });
  }

  private async renderAskAgencies(
    request: Request,
    response: Response,
    id: string,
    form: { errors?: FieldError[]; values?: FormBody; status?: number } = {},
  ): Promise<void> {
    const details = await this.screening.readCase(request.session.token!, id);
    const answers = agencyAnswersPanel(details);
    response.status(form.status ?? 200).render('cases/ask-agencies.njk', {
      details,
      answers,
      agencyOptions: answers.askable.map((agency) => ({
        value: agency,
        text: AGENCY_LABELS[agency] ?? agency,
        hint: { text: AGENCY_DATASETS[agency].map((dataset) => DATASET_LABELS[dataset] ?? dataset).join(', ') },
      })),
      article6Options: Object.values(Article6Basis).map((basis) => ({ value: basis, text: basis })),
      specialCategoryOptions: Object.values(SpecialCategoryCondition).map((condition) => ({
        value: condition,
        text: condition,
      })),
      errors: form.errors,
      // The usual basis is ticked to start with; the screener changes it when another applies.
      values: form.values ?? {
        agencies: answers.askable,
        article6: Article6Basis.PublicTask,
        specialCategoryCondition: SpecialCategoryCondition.SafeguardingChildren,
      },
      title: `Ask agencies about ${details.reference}`,
    });
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
    const answers = agencyAnswersPanel(details);
    // Intake knows whether the referrer was emailed; the case page still opens when it does not answer.
    const referrerTold =
      frontDoor && details.status === 'decided'
        ? referrerToldInWords(
            await this.intake.referrerEmails(request.session.token!, details.contactId).catch(() => null),
          )
        : undefined;
    response.status(form.status ?? 200).render('cases/show.njk', {
      details,
      flash,
      pending,
      frontDoor,
      answers,
      referrerTold,
      suggestion: levelSuggestionInWords(details.levelSuggestion),
      canAskAgencies: frontDoor && answers.askable.length > 0,
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
