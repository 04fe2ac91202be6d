import { Role } from '@frontdoor/auth';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { HealthClient, type InformationRequestDetail } from '../clients/health.client';
import type { FieldError, FormBody } from '../referrals/referral-answers';
import { postForm } from '../rendering/form-post';
import { labelFor } from '../rendering/labels';
import { DATASET_LABELS } from '../rendering/partnership-labels';
import { ForRoles } from '../session/page-access';
import { findingKey, parseReview } from './review-answer';

/**
 * A health practitioner's information requests: the front door's requests that health's records
 * held for review (a restricted record, or a match to check), and a page to review what would be
 * shared and release it, with findings left out and why, or decline with a reason. Health's
 * service removes restricted values whatever is released.
 */
@Controller('information-requests')
@ForRoles(Role.HealthPractitioner)
export class InformationRequestsController {
  constructor(private readonly health: HealthClient) {}

  @Get()
  async list(@Req() request: Request, @Res() response: Response): Promise<void> {
    const requests = await this.health.informationRequests(request.session.token!);
    const flash = request.session.flash;
    request.session.flash = undefined;
    response.render('information-requests/list.njk', {
      waiting: requests.filter((item) => item.status === 'awaiting-review'),
      answered: requests.filter((item) => item.status === 'answered').slice(0, 20),
      flash,
    });
  }

  @Get(':id')
  async show(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<void> {
    this.render(request, response, await this.health.informationRequest(request.session.token!, id));
  }

  @Post(':id/answer')
  async answer(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: FormBody,
  ): Promise<void> {
    const detail = await this.health.informationRequest(request.session.token!, id);
    if (!detail.proposed) {
      return this.render(request, response, detail, {
        errors: [{ field: 'decision', text: 'This request has already been answered.' }],
        status: 409,
      });
    }
    const declined = body.decision === 'decline';
    await postForm(request, response, body, {
      parsed: parseReview(body, detail.proposed, detail.datasets),
      errorField: 'decision',
      send: (token, answer) => this.health.answer(token, id, answer),
      flash: () => ({
        type: 'success',
        heading: declined ? `Declined: ${detail.caseReference}` : `Answer released: ${detail.caseReference}`,
        text: declined ? 'The front door has been told that you declined, and why.' : 'The front door has the answer.',
      }),
      redirectTo: '/information-requests',
      showErrors: async (shown) => this.render(request, response, detail, shown),
    });
  }

  private render(
    request: Request,
    response: Response,
    detail: InformationRequestDetail,
    form: { errors?: FieldError[]; values?: FormBody; status?: number } = {},
  ): void {
    const names = new Map(
      detail.request.subjects.map((subject) => [subject.subjectRef, `${subject.firstName} ${subject.lastName}`]),
    );
    // On a first view every finding is ticked: the practitioner unticks what should not go.
    const ticked = form.values ? new Set(asList(form.values.share)) : undefined;
    response.status(form.status ?? 200).render('information-requests/show.njk', {
      detail,
      title: `Information request ${detail.caseReference}`,
      proposed: detail.proposed?.subjects.map((subject, subjectIndex) => ({
        ...subject,
        name: names.get(subject.subjectRef) ?? subject.subjectRef,
        items: subject.findings.map((finding, findingIndex) => {
          const key = findingKey(subjectIndex, findingIndex);
          return {
            value: key,
            text: `${labelFor(DATASET_LABELS, finding.dataset)}: ${finding.summary}`,
            ...(finding.detail && { hint: { text: finding.detail } }),
            checked: ticked ? ticked.has(key) : true,
          };
        }),
      })),
      shared: detail.disclosure?.shared.map((subject) => ({
        ...subject,
        name: names.get(subject.subjectRef) ?? subject.subjectRef,
      })),
      errors: form.errors,
      values: form.values ?? {},
    });
  }
}

function asList(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string');
}
