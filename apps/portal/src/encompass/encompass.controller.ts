import { Role } from '@frontdoor/auth';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { EducationClient } from '../clients/education.client';
import type { FieldError, FormBody } from '../referrals/referral-answers';
import { postForm } from '../rendering/form-post';
import { ForRoles } from '../session/page-access';
import { encompassStatusTag, parseAcknowledgement } from './encompass-view';

/**
 * Operation Encompass for a school's DSL: the police notifications education holds for their own
 * school (education scopes them by the token), each read and acknowledged there.
 */
@Controller('encompass')
@ForRoles(Role.SchoolDsl)
export class EncompassController {
  constructor(private readonly education: EducationClient) {}

  @Get()
  async list(@Req() request: Request, @Res() response: Response): Promise<void> {
    const notifications = await this.education.encompassNotifications(request.session.token!);
    response.render('encompass/list.njk', {
      notifications: notifications.map((notification) => ({ ...notification, tag: encompassStatusTag(notification) })),
    });
  }

  @Get(':id')
  async show(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<void> {
    await this.render(request, response, id);
  }

  @Post(':id/acknowledge')
  acknowledge(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: FormBody,
  ): Promise<void> {
    return postForm(request, response, body, {
      parsed: parseAcknowledgement(body),
      errorField: 'confirmed',
      send: (token) => this.education.acknowledgeEncompass(token, id),
      flash: () => ({
        type: 'success',
        heading: 'Notification acknowledged',
        text: 'Police and the local authority can see that the school has it.',
      }),
      redirectTo: `/encompass/${id}`,
      showErrors: ({ errors, status }) => this.render(request, response, id, errors, status),
    });
  }

  private async render(
    request: Request,
    response: Response,
    id: string,
    errors?: FieldError[],
    status = 200,
  ): Promise<void> {
    const notification = await this.education.encompassNotification(request.session.token!, id);
    const flash = request.session.flash;
    request.session.flash = undefined;
    response.status(status).render('encompass/show.njk', {
      notification,
      tag: encompassStatusTag(notification),
      flash,
      errors,
      title: `Police notification ${notification.policeReference}`,
    });
  }
}
