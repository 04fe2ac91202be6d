import { Role } from '@frontdoor/auth';
import { Body, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { MaracClient } from '../clients/marac.client';
import type { FieldError, FormBody } from '../referrals/referral-answers';
import { postForm } from '../rendering/form-post';
import { optionsFrom, ACTION_STATUS_LABELS, AGENCY_LABELS } from '../rendering/partnership-labels';
import { ForRoles } from '../session/page-access';
import { parseActionStatus, parseMaracAction } from './action-form';
import { agendaCase } from './marac-view';

// Every role with MARAC pages is a partner marac lets change an action's status.
const ACTION_STATUS_EDITORS = [Role.MaracCoordinator, Role.DaAdvisor, Role.PoliceOfficer];

/** MARAC meetings, each meeting's agenda with research and actions, and the actions past due. */
@Controller('marac')
@ForRoles(Role.MaracCoordinator, Role.DaAdvisor, Role.PoliceOfficer)
export class MaracController {
  constructor(private readonly marac: MaracClient) {}

  @Get()
  async meetings(@Req() request: Request, @Res() response: Response): Promise<void> {
    const meetings = await this.marac.meetings(request.session.token!);
    response.render('marac/meetings.njk', { meetings });
  }

  @Get('meetings/:id')
  async agenda(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<void> {
    await this.renderAgenda(request, response, id);
  }

  /** The DA advisor takes the victim on as their IDVA (marac lets the coordinator and DA advisors allocate). */
  @Post('meetings/:id/cases/:referralId/idva')
  @ForRoles(Role.DaAdvisor)
  allocateIdva(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('referralId', ParseUUIDPipe) referralId: string,
    @Body() body: FormBody,
  ): Promise<void> {
    const user = request.session.user!;
    return postForm(request, response, body, {
      parsed: { ok: true, value: { idvaSubject: user.subject, idvaName: user.name } },
      errorField: `idva-${referralId}`,
      send: (token, idva) => this.marac.allocateIdva(token, referralId, idva),
      flash: (allocated) => ({ type: 'success', heading: `You are the IDVA for ${allocated.reference}` }),
      redirectTo: `/marac/meetings/${id}`,
      showErrors: ({ errors, status }) => this.renderAgenda(request, response, id, errors, status),
    });
  }

  @Get('meetings/:id/cases/:referralId/actions/new')
  async newAction(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('referralId', ParseUUIDPipe) referralId: string,
  ): Promise<void> {
    await this.renderActionForm(request, response, id, referralId);
  }

  @Post('meetings/:id/cases/:referralId/actions/new')
  addAction(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('referralId', ParseUUIDPipe) referralId: string,
    @Body() body: FormBody,
  ): Promise<void> {
    return postForm(request, response, body, {
      parsed: parseMaracAction(body, new Date()),
      errorField: 'ownerAgency',
      send: (token, action) => this.marac.addAction(token, id, referralId, action),
      flash: () => ({ type: 'success', heading: 'Action added' }),
      redirectTo: `/marac/meetings/${id}`,
      showErrors: (shown) => this.renderActionForm(request, response, id, referralId, shown),
    });
  }

  @Post('meetings/:id/actions/:actionId/status')
  @ForRoles(...ACTION_STATUS_EDITORS)
  changeActionStatus(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('actionId', ParseUUIDPipe) actionId: string,
    @Body() body: FormBody,
  ): Promise<void> {
    return postForm(request, response, body, {
      parsed: parseActionStatus(body, actionId),
      errorField: `status-${actionId}`,
      send: (token, status) => this.marac.updateActionStatus(token, actionId, status),
      flash: (action) => ({
        type: 'success',
        heading: `Action now ${ACTION_STATUS_LABELS[action.status] ?? action.status}`,
      }),
      redirectTo: `/marac/meetings/${id}`,
      showErrors: ({ errors, status }) => this.renderAgenda(request, response, id, errors, status),
    });
  }

  @Get('actions/overdue')
  async overdueActions(@Req() request: Request, @Res() response: Response): Promise<void> {
    const actions = await this.marac.overdueActions(request.session.token!);
    response.render('marac/overdue-actions.njk', { actions });
  }

  private async renderAgenda(
    request: Request,
    response: Response,
    id: string,
    errors?: FieldError[],
    status = 200,
  ): Promise<void> {
    const agenda = await this.marac.agenda(request.session.token!, id);
    const flash = request.session.flash;
    request.session.flash = undefined;
    response.status(status).render('marac/agenda.njk', {
      meeting: agenda.meeting,
      cases: agenda.cases.map(agendaCase),
      canTakeOnAsIdva: request.session.user!.roles.includes(Role.DaAdvisor),
      canChangeActionStatus: request.session.user!.roles.some((role) => ACTION_STATUS_EDITORS.includes(role)),
      actionStatusOptions: optionsFrom(ACTION_STATUS_LABELS),
      flash,
      errors,
    });
  }

  private async renderActionForm(
    request: Request,
    response: Response,
    meetingId: string,
    referralId: string,
    form: { errors?: FieldError[]; values?: FormBody; status?: number } = {},
  ): Promise<void> {
    const referral = await this.marac.referral(request.session.token!, referralId);
    // Only a case listed at this meeting takes actions here (marac refuses the rest anyway).
    if (referral.meetingId !== meetingId) throw new NotFoundException();
    response.status(form.status ?? 200).render('marac/new-action.njk', {
      meetingId,
      referral: { id: referral.id, reference: referral.reference },
      agencyOptions: optionsFrom(AGENCY_LABELS),
      errors: form.errors,
      values: form.values ?? {},
    });
  }
}
