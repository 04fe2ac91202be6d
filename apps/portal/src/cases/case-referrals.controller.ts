import { Role } from '@frontdoor/auth';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { MaracClient } from '../clients/marac.client';
import { ScreeningClient } from '../clients/screening.client';
import { StrategyClient } from '../clients/strategy.client';
import type { FieldError, FormBody } from '../referrals/referral-answers';
import { postForm } from '../rendering/form-post';
import { RAG_LABELS, formatDateTime } from '../rendering/labels';
import { MARAC_CRITERION_LABELS, STRATEGY_REASON_LABELS, optionsFrom } from '../rendering/partnership-labels';
import { ForRoles } from '../session/page-access';
import { parseMaracReferral } from './marac-referral-form';
import { parseStrategyRequest } from './strategy-request-form';

/** From a case to the partnership's meetings: a referral to MARAC, a strategy discussion asked for by hand. */
@Controller('cases')
@ForRoles(Role.Screener, Role.Manager)
export class CaseReferralsController {
  constructor(
    private readonly screening: ScreeningClient,
    private readonly marac: MaracClient,
    private readonly strategy: StrategyClient,
  ) {}

  @Get(':id/strategy-discussion')
  async newStrategyDiscussion(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<void> {
    await this.renderStrategyRequest(request, response, id);
  }

  @Post(':id/strategy-discussion')
  async requestStrategyDiscussion(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: FormBody,
  ): Promise<void> {
    const details = await this.screening.readCase(request.session.token!, id);
    return postForm(request, response, body, {
      parsed: parseStrategyRequest(body, details),
      errorField: 'reason',
      send: (token, discussion) => this.strategy.requestDiscussion(token, discussion),
      flash: (discussion) => ({
        type: 'success',
        heading: 'Strategy discussion asked for',
        text: `Due by ${formatDateTime(discussion.dueBy)}. The agencies are invited and confirm who attends.`,
      }),
      redirectTo: (discussion) => `/strategy/${discussion.id}`,
      showErrors: (shown) => this.renderStrategyRequest(request, response, id, shown),
    });
  }

  @Get(':id/refer-to-marac')
  async newMaracReferral(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<void> {
    await this.renderMaracReferral(request, response, id);
  }

  @Post(':id/refer-to-marac')
  async referToMarac(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: FormBody,
  ): Promise<void> {
    const details = await this.screening.readCase(request.session.token!, id);
    return postForm(request, response, body, {
      parsed: parseMaracReferral(body, { details, agency: request.session.user!.agency, today: new Date() }),
      errorField: 'victimFirstName',
      send: (token, referral) => this.marac.refer(token, referral),
      flash: (referral) =>
        referral.status === 'referred'
          ? {
              type: 'success',
              heading: `Referred to MARAC (${referral.reference})`,
              text: `${referral.criteriaMet.map((criterion) => MARAC_CRITERION_LABELS[criterion] ?? criterion).join(', ')}. Listed at a meeting; partners are asked for their research.`,
            }
          : {
              type: 'success',
              heading: `Recorded as not eligible for MARAC (${referral.reference})`,
              text: referral.reasons.join(' '),
            },
      redirectTo: `/cases/${id}`,
      showErrors: (shown) => this.renderMaracReferral(request, response, id, shown),
    });
  }

  private async renderStrategyRequest(
    request: Request,
    response: Response,
    id: string,
    form: { errors?: FieldError[]; values?: FormBody; status?: number } = {},
  ): Promise<void> {
    const token = request.session.token!;
    const [details, discussions] = await Promise.all([
      this.screening.readCase(token, id),
      this.strategy.discussionsOfCase(token, id),
    ]);
    response.status(form.status ?? 200).render('cases/strategy-discussion.njk', {
      details,
      discussions,
      ragOptions: optionsFrom(RAG_LABELS),
      reasonOptions: optionsFrom(STRATEGY_REASON_LABELS),
      // The case's own rating and concerns to start with; the screener changes them if need be.
      values: form.values ?? { rag: details.rag, concernCategories: details.concerns },
      errors: form.errors,
      title: `Ask for a strategy discussion about ${details.reference}`,
    });
  }

  private async renderMaracReferral(
    request: Request,
    response: Response,
    id: string,
    form: { errors?: FieldError[]; values?: FormBody; status?: number } = {},
  ): Promise<void> {
    const token = request.session.token!;
    const [details, referral] = await Promise.all([
      this.screening.readCase(token, id),
      this.marac.referralOfCase(token, id),
    ]);
    response.status(form.status ?? 200).render('cases/refer-to-marac.njk', {
      details,
      referral,
      errors: form.errors,
      values: form.values ?? {},
      title: `Refer ${details.reference} to MARAC`,
    });
  }
}
