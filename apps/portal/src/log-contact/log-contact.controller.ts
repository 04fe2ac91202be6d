import { Role } from '@frontdoor/auth';
import type { ContactDetailsV1 } from '@frontdoor/contracts';
import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { IntakeClient } from '../clients/intake.client';
import { CHANNEL_LABELS } from '../rendering/labels';
import { RedirectException } from '../rendering/redirect.exception';
import { LOGGED_CONTACT } from '../referrals/contact-journey';
import { ContactQuestions } from '../referrals/contact-questions';
import type { FormBody } from '../referrals/referral-answers';
import { ForRoles } from '../session/page-access';
import {
  asksAboutReferrer,
  missingLoggedContactAnswers,
  parseChannel,
  parseReferrer,
  parseReferrerKind,
  REFERRER_KINDS,
  referrerQuestions,
  referrerSummary,
  toLoggedContactDetails,
  type LoggedContactDraft,
  type ReferrerKind,
} from './logged-contact';

const CHANNEL_OPTIONS = Object.entries(CHANNEL_LABELS).map(([value, text]) => ({ value, text }));
const KIND_OPTIONS = Object.entries(REFERRER_KINDS).map(([value, kind]) => ({ value, text: kind.label }));

/**
 * "Log a contact" for screeners and managers: a call, an email or someone at the desk. How it
 * came in, who is referring and how to reach them, then the same questions a school's referral
 * asks (ContactQuestions), check answers, and one POST to intake as the screener, with the
 * referrer named in the contact and `source.channel` saying the front door took it.
 */
@Controller('log-contact')
@ForRoles(Role.Screener, Role.Manager)
export class LogContactController extends ContactQuestions {
  protected readonly journey = LOGGED_CONTACT;

  constructor(protected readonly intake: IntakeClient) {
    super();
  }

  @Get('how-received')
  channelPage(@Req() request: Request, @Res() response: Response, @Query('change') change?: string): void {
    const draft = this.draftOf(request);
    this.render(response, 'log-contact/how-received.njk', {
      change,
      options: CHANNEL_OPTIONS,
      values: { channel: draft.channel },
    });
  }

  @Post('how-received')
  channel(
    @Req() request: Request,
    @Res() response: Response,
    @Body() body: FormBody,
    @Query('change') change?: string,
  ): void {
    this.answer(request, response, change, {
      template: 'log-contact/how-received.njk',
      parsed: parseChannel(body),
      shownOnError: body,
      locals: { options: CHANNEL_OPTIONS },
      store: (draft: LoggedContactDraft, channel) => (draft.channel = channel),
      next: '/log-contact/who',
    });
  }

  @Get('who')
  kindPage(@Req() request: Request, @Res() response: Response, @Query('change') change?: string): void {
    const draft = this.draftOf(request);
    this.render(response, 'log-contact/who.njk', {
      change,
      options: KIND_OPTIONS,
      values: { referrerKind: draft.referrerKind },
    });
  }

  @Post('who')
  kind(
    @Req() request: Request,
    @Res() response: Response,
    @Body() body: FormBody,
    @Query('change') change?: string,
  ): void {
    const draft = this.draftOf(request);
    const parsed = parseReferrerKind(body);
    if (!parsed.ok) {
      return this.invalid(response, 'log-contact/who.njk', parsed.errors, {
        change,
        options: KIND_OPTIONS,
        values: body,
      });
    }
    const changedKind = draft.referrerKind !== parsed.value;
    draft.referrerKind = parsed.value;
    // A different kind of referrer is asked different things: what was given for the old one goes.
    if (changedKind) draft.referrer = undefined;
    if (!asksAboutReferrer(parsed.value)) return this.next(response, change, '/log-contact/immediate-danger');
    if (changedKind) return response.redirect(303, `/log-contact/referrer${change ? '?change=true' : ''}`);
    this.next(response, change, '/log-contact/referrer');
  }

  @Get('referrer')
  referrerPage(@Req() request: Request, @Res() response: Response, @Query('change') change?: string): void {
    const draft = this.draftOf(request);
    const kind = this.askedKind(draft);
    const told = draft.referrer;
    this.render(response, 'log-contact/referrer.njk', {
      change,
      ...this.referrerLocals(kind),
      values: told
        ? {
            referrerName: told.name,
            referrerRole: told.role,
            referrerOrganisation: told.organisation,
            referrerPhone: told.phone,
            referrerEmail: told.email,
          }
        : {},
    });
  }

  @Post('referrer')
  referrer(
    @Req() request: Request,
    @Res() response: Response,
    @Body() body: FormBody,
    @Query('change') change?: string,
  ): void {
    const draft = this.draftOf(request);
    const kind = this.askedKind(draft);
    const parsed = parseReferrer(body, kind);
    if (!parsed.ok) {
      return this.invalid(response, 'log-contact/referrer.njk', parsed.errors, {
        change,
        ...this.referrerLocals(kind),
        values: body,
      });
    }
    draft.referrer = parsed.value;
    this.next(response, change, '/log-contact/immediate-danger');
  }

  protected toDetails(draft: LoggedContactDraft): ContactDetailsV1 {
    return toLoggedContactDetails(draft);
  }

  protected override draftOf(request: Request): LoggedContactDraft {
    return super.draftOf(request) as LoggedContactDraft;
  }

  protected missing(draft: LoggedContactDraft) {
    return missingLoggedContactAnswers(draft);
  }

  protected beforeFirstQuestion(draft: LoggedContactDraft): string {
    return asksAboutReferrer(draft.referrerKind) ? '/log-contact/referrer' : '/log-contact/who';
  }

  protected override checkAnswersLocals(draft: LoggedContactDraft): Record<string, unknown> {
    return {
      channel: draft.channel ? CHANNEL_LABELS[draft.channel] : undefined,
      referrerKind: draft.referrerKind ? REFERRER_KINDS[draft.referrerKind].label : undefined,
      referrerSummary: referrerSummary(draft),
      asksAboutReferrer: asksAboutReferrer(draft.referrerKind),
    };
  }

  /** The referrer page needs a kind that asks about the referrer; otherwise choose one first. */
  private askedKind(draft: LoggedContactDraft): ReferrerKind {
    if (!draft.referrerKind || !asksAboutReferrer(draft.referrerKind)) throw new RedirectException('/log-contact/who');
    return draft.referrerKind;
  }

  private referrerLocals(kind: ReferrerKind): Record<string, unknown> {
    return {
      kind,
      professional: REFERRER_KINDS[kind].asks === 'professional',
      asks: referrerQuestions(kind),
    };
  }
}
