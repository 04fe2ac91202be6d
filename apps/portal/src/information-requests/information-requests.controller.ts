import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  InformationRequestClients,
  type InformationRequestDetail,
  type InformationRequestsClient,
} from '../clients/information-requests.client';
import { AGENCY_PRACTITIONERS, type PractitionerAgency } from '../clients/per-agency';
import type { FieldError, FormBody } from '../referrals/referral-answers';
import { postForm } from '../rendering/form-post';
import { labelFor } from '../rendering/labels';
import { DATASET_LABELS } from '../rendering/partnership-labels';
import { ForRoles } from '../session/page-access';
import { takeFlash } from '../sign-in/sign-in.controller';
import { findingKey, parseReview } from './review-answer';

/**
 * A practitioner's information requests, on their own agency's service: the front door's requests
 * that the agency's records held for review (health: a restricted record; police: an open
 * sensitive investigation; education: a pupil on the protected roll), and a page to review what
 * would be shared and release it, with findings left out and why, or decline with a reason. The
 * agency's service removes restricted values whatever is released.
 */
@Controller('information-requests')
@ForRoles(...AGENCY_PRACTITIONERS)
export class InformationRequestsController {
  constructor(private readonly clients: InformationRequestClients) {}

  @Get()
  async list(@Req() request: Request, @Res() response: Response): Promise<void> {
    const { agency, client } = this.agencyOf(request);
    const requests = await client.informationRequests(request.session.token!);
    response.render('information-requests/list.njk', {
      agency,
      waiting: requests.filter((item) => item.status === 'awaiting-review'),
      answered: requests.filter((item) => item.status === 'answered').slice(0, 20),
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
    this.render(response, agency, await client.informationRequest(request.session.token!, id));
  }

  @Post(':id/answer')
  async answer(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: FormBody,
  ): Promise<void> {
    const { agency, client } = this.agencyOf(request);
    const detail = await client.informationRequest(request.session.token!, id);
    if (!detail.proposed) {
      return this.render(response, agency, detail, {
        errors: [{ field: 'decision', text: 'This request has already been answered.' }],
        status: 409,
      });
    }
    const declined = body.decision === 'decline';
    await postForm(request, response, body, {
      parsed: parseReview(body, detail.proposed, detail.datasets),
      errorField: 'decision',
      send: (token, answer) => client.answer(token, id, answer),
      flash: () => ({
        type: 'success',
        heading: declined ? `Declined: ${detail.caseReference}` : `Answer released: ${detail.caseReference}`,
        text: declined ? 'The front door has been told that you declined, and why.' : 'The front door has the answer.',
      }),
      redirectTo: '/information-requests',
      showErrors: async (shown) => this.render(response, agency, detail, shown),
    });
  }

  private agencyOf(request: Request): { agency: PractitionerAgency; client: InformationRequestsClient } {
    // @ForRoles lets in only practitioners, each of whom works on an agency's service.
    return this.clients.forRoles(request.session.user!.roles)!;
  }

  private render(
    response: Response,
    agency: PractitionerAgency,
    detail: InformationRequestDetail,
    form: { errors?: FieldError[]; values?: FormBody; status?: number } = {},
  ): void {
    const names = new Map(
      detail.request.subjects.map((subject) => [subject.subjectRef, `${subject.firstName} ${subject.lastName}`]),
    );
    // On a first view every finding is ticked: the practitioner unticks what should not go.
    const ticked = form.values ? new Set(asList(form.values.share)) : undefined;
    response.status(form.status ?? 200).render('information-requests/show.njk', {
      agency,
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
