import { Role } from '@frontdoor/auth';
import { EmergencyDutyAction } from '@frontdoor/contracts';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ScreeningClient } from '../clients/screening.client';
import type { FieldError, FormBody } from '../referrals/referral-answers';
import { postForm } from '../rendering/form-post';
import { EMERGENCY_DUTY_ACTION_LABELS, formatDateTime } from '../rendering/labels';
import { ForRoles } from '../session/page-access';
import { elapsedTimeLeft, parseEmergencyDutyRecord } from './emergency-duty-form';

/**
 * The emergency duty team's out-of-hours queue: red contacts on a clock of elapsed hours, what the
 * team did for each child, and the hand-over to the front door in the morning.
 */
@Controller('emergency-duty')
@ForRoles(Role.EmergencyDutySocialWorker)
export class EmergencyDutyController {
  constructor(private readonly screening: ScreeningClient) {}

  @Get()
  @ForRoles(Role.EmergencyDutySocialWorker, Role.Manager)
  async queue(@Req() request: Request, @Res() response: Response): Promise<void> {
    const items = await this.screening.emergencyDutyQueue(request.session.token!);
    const flash = request.session.flash;
    request.session.flash = undefined;
    response.render('emergency-duty/queue.njk', {
      flash,
      canRecord: request.session.user!.roles.includes(Role.EmergencyDutySocialWorker),
      items: items.map((item) => ({ ...item, timeLeft: elapsedTimeLeft(item.elapsedHoursLeft) })),
    });
  }

  @Get('cases/:id')
  async show(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<void> {
    await this.render(request, response, id);
  }

  @Post('cases/:id/records')
  record(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: FormBody,
  ): Promise<void> {
    return postForm(request, response, body, {
      parsed: parseEmergencyDutyRecord(body),
      errorField: 'actions',
      send: (token, record) => this.screening.recordEmergencyDuty(token, id, record),
      flash: () => ({
        type: 'success',
        heading: 'What you did is recorded',
        text: 'Add more as the night goes on; hand the case over when the front door should take it on.',
      }),
      redirectTo: `/emergency-duty/cases/${id}`,
      showErrors: (shown) => this.render(request, response, id, shown),
    });
  }

  @Post('cases/:id/hand-over')
  handOver(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: FormBody,
  ): Promise<void> {
    return postForm(request, response, body, {
      parsed: { ok: true, value: undefined },
      errorField: 'handOver',
      send: (token) => this.screening.handOverEmergencyDuty(token, id),
      flash: (handedOver) => ({
        type: 'success',
        heading: 'Handed over to the front door',
        text: `It is on the worklist with what you recorded; the front door decides by ${formatDateTime(handedOver.decisionDeadline)}.`,
      }),
      redirectTo: '/emergency-duty',
      showErrors: (shown) => this.render(request, response, id, shown),
    });
  }

  private async render(
    request: Request,
    response: Response,
    id: string,
    form: { errors?: FieldError[]; values?: FormBody; status?: number } = {},
  ): Promise<void> {
    const details = await this.screening.readCase(request.session.token!, id);
    const flash = request.session.flash;
    request.session.flash = undefined;
    response.status(form.status ?? 200).render('emergency-duty/case.njk', {
      details,
      flash,
      inQueue: details.queue === 'emergency-duty-team',
      records: details.emergencyDuty?.records ?? [],
      actionOptions: Object.values(EmergencyDutyAction).map((value) => ({
        value,
        text: EMERGENCY_DUTY_ACTION_LABELS[value],
      })),
      errors: form.errors,
      values: form.values ?? {},
      title: `Out of hours: case ${details.reference}`,
    });
  }
}
