import { Role } from '@frontdoor/auth';
import {
  Body,
  Controller,
  Get,
  NotFoundException,
  Param,
  ParseIntPipe,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { IntakeClient } from '../clients/intake.client';
import { PoliceClient } from '../clients/police.client';
import { ScreeningClient } from '../clients/screening.client';
import { STATUS_LABELS, withStatuses } from '../my-referrals/referral-statuses';
import { dateParts, datePartsFrom, type FieldError, type FormBody } from '../referrals/referral-answers';
import { refusalMessage } from '../rendering/form-post';
import { INCIDENT_TYPE_LABELS, optionsFrom } from '../rendering/partnership-labels';
import { RedirectException } from '../rendering/redirect.exception';
import { ForRoles } from '../session/page-access';
import { takeFlash } from '../sign-in/sign-in.controller';
import { DASH_PAGES, DASH_QUESTIONS, dashQuestionNumbers } from './dash-questions';
import { CHILD_SLOTS, parseDashPage, parseIncident, parsePeople } from './ppn-answers';
import { asksDash, missingPpnAnswers, newPpnDraft, toPublicProtectionNotice, type PpnDraft } from './ppn-draft';

const UK_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' });

/**
 * A GMP officer's Public Protection Notices: record one (the incident, the people, the DASH
 * checklist for domestic abuse; answers kept in the session until "check your answers"), then one
 * POST to police, which tell the front door; and the officer's own notices afterwards, each with
 * the police reference, the DASH result and what the front door did with each child's contact.
 */
@Controller('ppns')
@ForRoles(Role.PoliceOfficer)
export class PpnsController {
  constructor(
    private readonly police: PoliceClient,
    private readonly intake: IntakeClient,
    private readonly screening: ScreeningClient,
  ) {}

  @Get()
  async list(@Req() request: Request, @Res() response: Response): Promise<void> {
    const notices = await this.police.submittedNotices(request.session.token!);
    response.render('ppns/list.njk', { notices, inProgress: request.session.ppn !== undefined });
  }

  @Post('new')
  begin(@Req() request: Request, @Res() response: Response): void {
    request.session.ppn = newPpnDraft(new Date());
    response.redirect(303, '/ppns/new/incident');
  }

  @Get('new/incident')
  incidentPage(@Req() request: Request, @Res() response: Response, @Query('change') change?: string): void {
    const incident = this.draft(request).incident;
    const occurred = incident ? new Date(incident.occurredAt) : undefined;
    response.render('ppns/incident.njk', {
      change,
      types: optionsFrom(INCIDENT_TYPE_LABELS),
      values: incident
        ? {
            type: incident.type,
            occurredOn: dateParts(ukDate(occurred!)),
            occurredTime: UK_TIME.format(occurred),
            summary: incident.summary,
          }
        : { occurredOn: {} },
    });
  }

  @Post('new/incident')
  incident(
    @Req() request: Request,
    @Res() response: Response,
    @Body() body: FormBody,
    @Query('change') change?: string,
  ): void {
    const draft = this.draft(request);
    const parsed = parseIncident(body, new Date());
    if (!parsed.ok) {
      return this.invalid(response, 'ppns/incident.njk', parsed.errors, {
        change,
        types: optionsFrom(INCIDENT_TYPE_LABELS),
        values: { ...body, occurredOn: datePartsFrom(body, 'occurredOn') },
      });
    }
    draft.incident = parsed.value;
    this.next(response, change, '/ppns/new/people');
  }

  @Get('new/people')
  peoplePage(@Req() request: Request, @Res() response: Response, @Query('change') change?: string): void {
    const people = this.draft(request).people;
    const values: Record<string, unknown> = {};
    const show = (prefix: string, person?: { firstName: string; lastName: string; dateOfBirth?: string }) => {
      values[`${prefix}-firstName`] = person?.firstName;
      values[`${prefix}-lastName`] = person?.lastName;
      values[`${prefix}-dateOfBirth`] = dateParts(person?.dateOfBirth);
    };
    show('victim', people?.victim);
    show('perpetrator', people?.perpetrator);
    for (let n = 1; n <= CHILD_SLOTS; n++) {
      const child = people?.children[n - 1];
      show(`child${n}`, child);
      values[`child${n}-present`] = child ? (child.present ? 'yes' : 'no') : undefined;
    }
    response.render('ppns/people.njk', { change, values, slots: childSlots() });
  }

  @Post('new/people')
  people(
    @Req() request: Request,
    @Res() response: Response,
    @Body() body: FormBody,
    @Query('change') change?: string,
  ): void {
    const draft = this.draft(request);
    const parsed = parsePeople(body, new Date());
    if (!parsed.ok) {
      const values: Record<string, unknown> = { ...body };
      for (const prefix of ['victim', 'perpetrator', ...childSlots().map((n) => `child${n}`)]) {
        values[`${prefix}-dateOfBirth`] = datePartsFrom(body, `${prefix}-dateOfBirth`);
      }
      return this.invalid(response, 'ppns/people.njk', parsed.errors, { change, values, slots: childSlots() });
    }
    draft.people = parsed.value;
    this.next(response, change, asksDash(draft) ? '/ppns/new/dash/1' : '/ppns/new/check-answers');
  }

  @Get('new/dash/:page')
  dashPage(
    @Req() request: Request,
    @Res() response: Response,
    @Param('page', ParseIntPipe) page: number,
    @Query('change') change?: string,
  ): void {
    const draft = this.draft(request);
    this.dashPageNumber(draft, page);
    const values: Record<string, unknown> = {};
    for (const number of dashQuestionNumbers(page)) values[`dash${number}`] = draft.dashAnswers[number - 1];
    if (draft.professionalJudgementHighRisk !== undefined) {
      values.professionalJudgement = draft.professionalJudgementHighRisk ? 'yes' : 'no';
    }
    response.render('ppns/dash.njk', this.dashLocals(page, change, values));
  }

  @Post('new/dash/:page')
  dash(
    @Req() request: Request,
    @Res() response: Response,
    @Param('page', ParseIntPipe) page: number,
    @Body() body: FormBody,
    @Query('change') change?: string,
  ): void {
    const draft = this.draft(request);
    this.dashPageNumber(draft, page);
    const parsed = parseDashPage(body, page, page === DASH_PAGES);
    if (!parsed.ok) return this.invalid(response, 'ppns/dash.njk', parsed.errors, this.dashLocals(page, change, body));
    for (const [number, answer] of parsed.value.answers) draft.dashAnswers[number - 1] = answer;
    if (parsed.value.professionalJudgementHighRisk !== undefined) {
      draft.professionalJudgementHighRisk = parsed.value.professionalJudgementHighRisk;
    }
    this.next(response, change, page < DASH_PAGES ? `/ppns/new/dash/${page + 1}` : '/ppns/new/check-answers');
  }

  @Get('new/check-answers')
  checkAnswersPage(@Req() request: Request, @Res() response: Response): void {
    this.renderCheckAnswers(response, this.draft(request));
  }

  @Post('new/submit')
  async submit(@Req() request: Request, @Res() response: Response): Promise<void> {
    const draft = this.draft(request);
    const missing = missingPpnAnswers(draft);
    if (missing.length > 0) return this.renderCheckAnswers(response, draft, [], 400);
    let recorded;
    try {
      recorded = await this.police.recordNotice(request.session.token!, toPublicProtectionNotice(draft));
    } catch (error) {
      const message = refusalMessage(error);
      if (!message) throw error;
      return this.renderCheckAnswers(response, draft, [{ field: 'send', text: message }], 400);
    }
    request.session.ppn = undefined;
    request.session.flash = {
      type: 'success',
      heading: `Notice recorded: ${recorded.policeReference}`,
      text: 'GMP have recorded it and the front door has been told.',
    };
    response.redirect(303, `/ppns/${recorded.incidentId}`);
  }

  @Get(':incidentId')
  async show(
    @Req() request: Request,
    @Res() response: Response,
    @Param('incidentId', ParseUUIDPipe) incidentId: string,
  ): Promise<void> {
    const token = request.session.token!;
    const notice = (await this.police.submittedNotices(token, 200)).find((item) => item.incidentId === incidentId);
    if (!notice) throw new NotFoundException();
    const [contacts, feedback] = await Promise.all([
      this.intake.contactsFromPoliceNotice(token, incidentId),
      this.screening.referrerFeedback(token),
    ]);
    response.render('ppns/show.njk', {
      notice,
      contacts: withStatuses(contacts, feedback),
      statuses: STATUS_LABELS,
      questions: DASH_QUESTIONS,
      flash: takeFlash(request),
      title: `Notice ${notice.policeReference}`,
    });
  }

  private renderCheckAnswers(response: Response, draft: PpnDraft, errors: FieldError[] = [], status = 200): void {
    const missing = missingPpnAnswers(draft);
    response.status(status).render('ppns/check-answers.njk', {
      draft,
      asksDash: asksDash(draft),
      questions: DASH_QUESTIONS,
      yesCount: draft.dashAnswers.filter((answer) => answer === 'yes').length,
      missing,
      // Sent too soon: what is missing goes in the error summary too.
      errors: status === 400 ? [...missing.map((item) => ({ field: 'send', text: item.text })), ...errors] : [],
    });
  }

  private dashLocals(page: number, change: string | undefined, values: Record<string, unknown>) {
    return {
      page,
      pages: DASH_PAGES,
      change,
      values,
      questions: dashQuestionNumbers(page).map((number) => ({ number, text: DASH_QUESTIONS[number - 1] })),
      lastPage: page === DASH_PAGES,
      back: page === 1 ? '/ppns/new/people' : `/ppns/new/dash/${page - 1}`,
    };
  }

  private dashPageNumber(draft: PpnDraft, page: number): void {
    if (page < 1 || page > DASH_PAGES) throw new NotFoundException();
    // Only domestic abuse has a DASH: the pages say so rather than collect answers police would refuse.
    if (!asksDash(draft)) throw new RedirectException('/ppns/new/check-answers');
  }

  private draft(request: Request): PpnDraft {
    const draft = request.session.ppn;
    // A question page opened with no notice in progress (a new tab, or after timing out).
    if (!draft) throw new RedirectException('/ppns');
    return draft;
  }

  private invalid(response: Response, template: string, errors: FieldError[], locals: Record<string, unknown>): void {
    response.status(400).render(template, { ...locals, errors });
  }

  private next(response: Response, change: string | undefined, next: string): void {
    response.redirect(303, change ? '/ppns/new/check-answers' : next);
  }
}

function childSlots(): number[] {
  return Array.from({ length: CHILD_SLOTS }, (_, index) => index + 1);
}

function ukDate(moment: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(moment);
}
