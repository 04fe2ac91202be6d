import { Role } from '@frontdoor/auth';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { StrategyClient, type StrategyDiscussionDetail } from '../clients/strategy.client';
import type { FieldError, FormBody } from '../referrals/referral-answers';
import { postForm, type FormPost } from '../rendering/form-post';
import { labelFor } from '../rendering/labels';
import { AGENCY_LABELS } from '../rendering/partnership-labels';
import { ForRoles } from '../session/page-access';
import type { FlashMessage } from '../session/portal-session';
import { lateness, parseCirculatedTo, parseStrategyOutcome, participantFields } from './strategy-outcome-form';

/** strategy's readers; the forms follow its own rules: a manager chairs, the front door circulates. */
const READERS = [Role.Screener, Role.Manager, Role.PoliceOfficer, Role.Auditor];
const CIRCULATORS = [Role.Screener, Role.Manager];

/** Strategy discussions: due times and lateness, attendance, the proposed slot, outcome and ICPC date. */
@Controller('strategy')
@ForRoles(...READERS)
export class StrategyController {
  constructor(private readonly strategy: StrategyClient) {}

  @Get()
  async list(@Req() request: Request, @Res() response: Response): Promise<void> {
    const discussions = await this.strategy.discussions(request.session.token!);
    response.render('strategy/list.njk', {
      discussions: discussions.map((discussion) => ({ ...discussion, late: lateness(discussion) })),
    });
  }

  @Get(':id')
  async show(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<void> {
    await this.render(request, response, await this.strategy.discussion(request.session.token!, id));
  }

  @Post(':id/outcome')
  @ForRoles(Role.Manager)
  async recordOutcome(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: FormBody,
  ): Promise<void> {
    const discussion = await this.strategy.discussion(request.session.token!, id);
    await this.submit(request, response, discussion, body, {
      parsed: parseStrategyOutcome(body, discussion.participants),
      errorField: 'outcome',
      send: (token, outcome) => this.strategy.recordOutcome(token, id, outcome),
      flash: {
        type: 'success',
        heading: 'Outcome recorded',
        text: 'Circulate the record to the participants within one working day.',
      },
    });
  }

  @Post(':id/record-circulated')
  @ForRoles(...CIRCULATORS)
  async recordCirculated(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: FormBody,
  ): Promise<void> {
    const discussion = await this.strategy.discussion(request.session.token!, id);
    await this.submit(request, response, discussion, body, {
      parsed: parseCirculatedTo(body, discussion.participants),
      errorField: 'circulatedTo',
      send: (token, circulatedTo) => this.strategy.recordCirculated(token, id, circulatedTo),
      flash: { type: 'success', heading: 'Record circulated' },
    });
  }

  private submit<T>(
    request: Request,
    response: Response,
    discussion: StrategyDiscussionDetail,
    body: FormBody,
    form: Omit<FormPost<T, unknown>, 'redirectTo' | 'showErrors' | 'flash'> & { flash: FlashMessage },
  ): Promise<void> {
    return postForm(request, response, body, {
      ...form,
      flash: () => form.flash,
      redirectTo: `/strategy/${discussion.id}`,
      showErrors: (shown) => this.render(request, response, discussion, shown),
    });
  }

  private async render(
    request: Request,
    response: Response,
    discussion: StrategyDiscussionDetail,
    form: { errors?: FieldError[]; values?: FormBody; status?: number } = {},
  ): Promise<void> {
    const roles = request.session.user!.roles;
    const flash = request.session.flash;
    request.session.flash = undefined;
    response.status(form.status ?? 200).render('strategy/show.njk', {
      discussion,
      late: lateness(discussion),
      participants: discussion.participants.map((participant) => ({
        ...participant,
        fields: participantFields(participant.participant),
      })),
      // Police and health are Working Together's minimum: a decline from either needs the chair's attention.
      declinedMinimum: discussion.participants.filter(
        (participant) => participant.declined && participant.reasons.includes('statutory minimum'),
      ),
      circulationOptions: discussion.participants
        .filter((participant) => participant.role !== 'chair')
        .map((participant) => ({
          value: participant.participant,
          text: labelFor(AGENCY_LABELS, participant.participant),
        })),
      canRecordOutcome: roles.includes(Role.Manager) && discussion.outcomeRecord === null,
      canRecordCirculated:
        CIRCULATORS.some((role) => roles.includes(role)) &&
        discussion.record !== null &&
        !discussion.record.circulatedAt,
      flash,
      errors: form.errors,
      values: form.values ?? {},
      title: `Strategy discussion ${discussion.caseReference}`,
    });
  }
}
