import type { ContactDetailsV1 } from '@frontdoor/contracts';
import { Body, Get, Logger, NotFoundException, Param, ParseIntPipe, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import type { ContactAccepted, IntakeClient } from '../clients/intake.client';
import { ServiceError } from '../clients/service-client';
import { RedirectException } from '../rendering/redirect.exception';
import { takeFlash } from '../sign-in/sign-in.controller';
import { contractProblems } from './to-contact-details';
import type { ContactJourney } from './contact-journey';
import {
  dateParts,
  datePartsFrom,
  parseActionTaken,
  parseAdult,
  parseChildDetails,
  parseChildVoice,
  parseConcernCategories,
  parseFamilyAwareness,
  parseImmediateDanger,
  parseNarrative,
  parseYesNo,
  type FieldError,
  type FormBody,
  type Parsed,
} from './referral-answers';
import {
  childName,
  newReferralDraft,
  whatScreenersWillAsk,
  type MissingAnswer,
  type ReferralDraft,
} from './referral-draft';

const MAX_PEOPLE = 20;

/**
 * The question pages every contact journey asks in the same way, one question per page with the
 * answers kept in the session: immediate danger, each child and what they said, the adults, the
 * worry, what has been done, whether the family knows, and "check your answers". A journey (a
 * school's referral, a screener's logged contact) extends it with its own first and last pages
 * under its own path; the routes here are inherited, so each journey has them under its path.
 */
export abstract class ContactQuestions {
  protected abstract readonly journey: ContactJourney;
  protected abstract readonly intake: IntakeClient;
  private readonly logger = new Logger('ContactQuestions');

  /** The body intake takes for a finished draft: who referred, and the answers. */
  protected abstract toDetails(draft: ReferralDraft, request: Request): ContactDetailsV1;

  /** What must still be answered before the journey may be sent, in the order the pages ask. */
  protected abstract missing(draft: ReferralDraft): MissingAnswer[];

  /** The page before "Is a child in immediate danger?" (its back link). */
  protected abstract beforeFirstQuestion(draft: ReferralDraft): string;

  /** What the journey's own part of "check your answers" shows. */
  protected checkAnswersLocals(_draft: ReferralDraft): Record<string, unknown> {
    return {};
  }

  @Get('new')
  start(@Req() request: Request, @Res() response: Response): void {
    this.render(response, `${this.journey.views}/start.njk`, {
      inProgress: request.session[this.journey.draftKey] !== undefined,
    });
  }

  @Post('new')
  begin(@Req() request: Request, @Res() response: Response): void {
    request.session[this.journey.draftKey] = newReferralDraft(randomUUID(), new Date());
    response.redirect(303, `${this.journey.base}/${this.journey.firstPage}`);
  }

  @Get('immediate-danger')
  immediateDangerPage(@Req() request: Request, @Res() response: Response, @Query('change') change?: string): void {
    const draft = this.draftOf(request);
    const value = draft.immediateDanger === undefined ? undefined : draft.immediateDanger ? 'yes' : 'no';
    this.render(response, 'referrals/immediate-danger.njk', {
      values: { immediateDanger: value },
      change,
      back: this.beforeFirstQuestion(draft),
    });
  }

  @Post('immediate-danger')
  immediateDanger(
    @Req() request: Request,
    @Res() response: Response,
    @Body() body: FormBody,
    @Query('change') change?: string,
  ): void {
    const draft = this.draftOf(request);
    const parsed = parseImmediateDanger(body);
    if (!parsed.ok)
      return this.invalid(response, 'referrals/immediate-danger.njk', parsed.errors, {
        values: body,
        change,
        back: this.beforeFirstQuestion(draft),
      });
    draft.immediateDanger = parsed.value;
    if (parsed.value) return response.redirect(303, `${this.journey.base}/urgent${change ? '?change=true' : ''}`);
    this.next(response, change, `${this.journey.base}/child/1`);
  }

  @Get('urgent')
  urgent(@Req() request: Request, @Res() response: Response, @Query('change') change?: string): void {
    this.draftOf(request);
    this.render(response, 'referrals/urgent.njk', {
      next: change ? `${this.journey.base}/check-answers` : `${this.journey.base}/child/1`,
    });
  }

  @Get('child/:n')
  childPage(
    @Req() request: Request,
    @Res() response: Response,
    @Param('n', ParseIntPipe) n: number,
    @Query('change') change?: string,
  ): void {
    const draft = this.draftOf(request);
    this.personIndex(n, draft.children.length);
    const child = draft.children[n - 1];
    this.render(response, 'referrals/child.njk', {
      n,
      change,
      values: child
        ? {
            ...child,
            dateOfBirth: dateParts(child.dateOfBirth),
            expectedDateOfBirth: dateParts(child.expectedDateOfBirth),
          }
        : { dateOfBirth: {}, expectedDateOfBirth: {} },
    });
  }

  @Post('child/:n')
  child(
    @Req() request: Request,
    @Res() response: Response,
    @Param('n', ParseIntPipe) n: number,
    @Body() body: FormBody,
    @Query('change') change?: string,
  ): void {
    const draft = this.draftOf(request);
    this.personIndex(n, draft.children.length);
    const parsed = parseChildDetails(body, new Date());
    if (!parsed.ok) {
      return this.invalid(response, 'referrals/child.njk', parsed.errors, {
        n,
        change,
        values: {
          ...body,
          dateOfBirth: datePartsFrom(body, 'dateOfBirth'),
          expectedDateOfBirth: datePartsFrom(body, 'expectedDateOfBirth'),
        },
      });
    }
    const existing = draft.children[n - 1];
    draft.children[n - 1] = {
      ...parsed.value,
      hasSpoken: existing?.hasSpoken,
      wordsAndViews: existing?.wordsAndViews,
      viewsNotObtainedReason: existing?.viewsNotObtainedReason,
    };
    // A new child's voice is always asked next, even on a change from "check your answers".
    if (!existing?.hasSpoken)
      return response.redirect(303, `${this.journey.base}/child/${n}/voice${change ? '?change=true' : ''}`);
    this.next(response, change, `${this.journey.base}/child/${n}/voice`);
  }

  @Get('child/:n/voice')
  voicePage(
    @Req() request: Request,
    @Res() response: Response,
    @Param('n', ParseIntPipe) n: number,
    @Query('change') change?: string,
  ): void {
    const draft = this.draftOf(request);
    const child = this.existingChild(draft, n);
    this.render(response, 'referrals/child-voice.njk', { n, change, name: childName(child), values: child });
  }

  @Post('child/:n/voice')
  voice(
    @Req() request: Request,
    @Res() response: Response,
    @Param('n', ParseIntPipe) n: number,
    @Body() body: FormBody,
    @Query('change') change?: string,
  ): void {
    const draft = this.draftOf(request);
    const child = this.existingChild(draft, n);
    const parsed = parseChildVoice(body, childName(child));
    if (!parsed.ok) {
      return this.invalid(response, 'referrals/child-voice.njk', parsed.errors, {
        n,
        change,
        name: childName(child),
        values: body,
      });
    }
    draft.children[n - 1] = { ...child, wordsAndViews: undefined, viewsNotObtainedReason: undefined, ...parsed.value };
    this.next(response, change, `${this.journey.base}/children`);
  }

  @Get('children')
  childrenPage(@Req() request: Request, @Res() response: Response): void {
    const draft = this.draftOf(request);
    if (draft.children.length === 0) return response.redirect(303, `${this.journey.base}/child/1`);
    this.render(response, 'referrals/children.njk', {
      children: draft.children,
      values: {},
      flash: takeFlash(request),
    });
  }

  @Post('children')
  children(@Req() request: Request, @Res() response: Response, @Body() body: FormBody): void {
    const draft = this.draftOf(request);
    const parsed = parseYesNo(body, 'addAnother', 'Select yes if you need to add another child');
    if (!parsed.ok)
      return this.invalid(response, 'referrals/children.njk', parsed.errors, {
        children: draft.children,
        values: body,
      });
    if (parsed.value && draft.children.length < MAX_PEOPLE) {
      return response.redirect(303, `${this.journey.base}/child/${draft.children.length + 1}`);
    }
    response.redirect(
      303,
      this.missing(draft).length === 0 ? `${this.journey.base}/check-answers` : `${this.journey.base}/adults`,
    );
  }

  @Get('adults')
  adultsPage(@Req() request: Request, @Res() response: Response, @Query('change') change?: string): void {
    const draft = this.draftOf(request);
    this.render(response, 'referrals/adults.njk', {
      adults: draft.adults,
      change,
      values: {},
      flash: takeFlash(request),
    });
  }

  @Post('adults')
  adults(
    @Req() request: Request,
    @Res() response: Response,
    @Body() body: FormBody,
    @Query('change') change?: string,
  ): void {
    const draft = this.draftOf(request);
    const parsed = parseYesNo(body, 'addAdult', 'Select yes if you need to add a parent, carer or other adult');
    if (!parsed.ok)
      return this.invalid(response, 'referrals/adults.njk', parsed.errors, {
        adults: draft.adults,
        change,
        values: body,
      });
    if (parsed.value && draft.adults.length < MAX_PEOPLE) {
      return response.redirect(
        303,
        `${this.journey.base}/adult/${draft.adults.length + 1}${change ? '?change=true' : ''}`,
      );
    }
    draft.adultsDone = true;
    this.next(response, change, `${this.journey.base}/concern-categories`);
  }

  @Get('adult/:n')
  adultPage(
    @Req() request: Request,
    @Res() response: Response,
    @Param('n', ParseIntPipe) n: number,
    @Query('change') change?: string,
  ): void {
    const draft = this.draftOf(request);
    this.personIndex(n, draft.adults.length);
    const adult = draft.adults[n - 1];
    this.render(response, 'referrals/adult.njk', {
      n,
      change,
      values: adult
        ? {
            ...adult,
            livesWithChildren: adult.livesWithChildren ? 'yes' : 'no',
            dateOfBirth: dateParts(adult.dateOfBirth),
          }
        : { dateOfBirth: {} },
    });
  }

  @Post('adult/:n')
  adult(
    @Req() request: Request,
    @Res() response: Response,
    @Param('n', ParseIntPipe) n: number,
    @Body() body: FormBody,
    @Query('change') change?: string,
  ): void {
    const draft = this.draftOf(request);
    this.personIndex(n, draft.adults.length);
    const parsed = parseAdult(body, new Date());
    if (!parsed.ok) {
      return this.invalid(response, 'referrals/adult.njk', parsed.errors, {
        n,
        change,
        values: { ...body, dateOfBirth: datePartsFrom(body, 'dateOfBirth') },
      });
    }
    draft.adults[n - 1] = parsed.value;
    response.redirect(303, `${this.journey.base}/adults${change ? '?change=true' : ''}`);
  }

  /** "Remove" beside a child or adult already added: confirm, then take them out of the draft. */
  @Get(':person/:n/remove')
  removePersonPage(
    @Req() request: Request,
    @Res() response: Response,
    @Param('person') person: string,
    @Param('n', ParseIntPipe) n: number,
    @Query('change') change?: string,
  ): void {
    this.confirmRemoval(request, response, peopleCalled(person), n, change);
  }

  @Post(':person/:n/remove')
  removePerson(
    @Req() request: Request,
    @Res() response: Response,
    @Param('person') person: string,
    @Param('n', ParseIntPipe) n: number,
    @Body() body: FormBody,
    @Query('change') change?: string,
  ): void {
    this.remove(request, response, peopleCalled(person), n, body, change);
  }

  @Get('concern-categories')
  categoriesPage(@Req() request: Request, @Res() response: Response, @Query('change') change?: string): void {
    const draft = this.draftOf(request);
    this.render(response, 'referrals/concern-categories.njk', {
      change,
      values: { concernCategories: draft.concernCategories ?? [] },
    });
  }

  @Post('concern-categories')
  categories(
    @Req() request: Request,
    @Res() response: Response,
    @Body() body: FormBody,
    @Query('change') change?: string,
  ): void {
    this.answer(request, response, change, {
      template: 'referrals/concern-categories.njk',
      parsed: parseConcernCategories(body),
      shownOnError: { concernCategories: [] },
      store: (draft, categories) => (draft.concernCategories = categories),
      next: `${this.journey.base}/concern`,
    });
  }

  @Get('concern')
  concernPage(@Req() request: Request, @Res() response: Response, @Query('change') change?: string): void {
    const draft = this.draftOf(request);
    this.render(response, 'referrals/concern.njk', { change, values: { narrative: draft.narrative } });
  }

  @Post('concern')
  concern(
    @Req() request: Request,
    @Res() response: Response,
    @Body() body: FormBody,
    @Query('change') change?: string,
  ): void {
    this.answer(request, response, change, {
      template: 'referrals/concern.njk',
      parsed: parseNarrative(body, this.journey.worryRequired),
      shownOnError: body,
      store: (draft, narrative) => (draft.narrative = narrative),
      next: `${this.journey.base}/action-taken`,
    });
  }

  @Get('action-taken')
  actionPage(@Req() request: Request, @Res() response: Response, @Query('change') change?: string): void {
    const draft = this.draftOf(request);
    const answered = draft.actionTakenSoFar;
    this.render(response, 'referrals/action-taken.njk', {
      change,
      values: { actionTaken: answered === undefined ? undefined : answered ? 'yes' : 'no', actionTakenSoFar: answered },
    });
  }

  @Post('action-taken')
  action(
    @Req() request: Request,
    @Res() response: Response,
    @Body() body: FormBody,
    @Query('change') change?: string,
  ): void {
    this.answer(request, response, change, {
      template: 'referrals/action-taken.njk',
      parsed: parseActionTaken(body, this.journey.who),
      shownOnError: body,
      store: (draft, actionTaken) => (draft.actionTakenSoFar = actionTaken),
      next: `${this.journey.base}/family-awareness`,
    });
  }

  @Get('family-awareness')
  awarenessPage(@Req() request: Request, @Res() response: Response, @Query('change') change?: string): void {
    const draft = this.draftOf(request);
    this.render(response, 'referrals/family-awareness.njk', {
      change,
      values: { familyAwareness: draft.familyAwareness },
    });
  }

  @Post('family-awareness')
  awareness(
    @Req() request: Request,
    @Res() response: Response,
    @Body() body: FormBody,
    @Query('change') change?: string,
  ): void {
    this.answer(request, response, change, {
      template: 'referrals/family-awareness.njk',
      parsed: parseFamilyAwareness(body, this.journey.noun),
      shownOnError: body,
      store: (draft, awareness) => (draft.familyAwareness = awareness),
      // The last question: check answers next, whether changing an answer or not.
      next: `${this.journey.base}/check-answers`,
    });
  }

  @Get('check-answers')
  checkAnswers(@Req() request: Request, @Res() response: Response): void {
    this.renderCheckAnswers(request, response);
  }

  @Post('submit')
  async submit(@Req() request: Request, @Res() response: Response): Promise<void> {
    const { base, draftKey, submittedKey } = this.journey;
    const draft = request.session[draftKey];
    // A second click after the first one finished: it has gone, show what was sent.
    if (!draft) return response.redirect(303, request.session[submittedKey] ? `${base}/confirmation` : `${base}/new`);
    const accepted = await this.send(request, response, draft, () => this.toDetails(draft, request));
    if (!accepted) return;
    request.session[submittedKey] = {
      reference: accepted.reference,
      contactId: accepted.contactId,
      immediateDanger: draft.immediateDanger === true,
    };
    request.session[draftKey] = undefined;
    response.redirect(303, `${base}/confirmation`);
  }

  @Get('confirmation')
  confirmation(@Req() request: Request, @Res() response: Response): void {
    const submitted = request.session[this.journey.submittedKey];
    if (!submitted) return response.redirect(303, `${this.journey.base}/new`);
    this.render(response, `${this.journey.views}/confirmation.njk`, { submitted });
  }

  /** The draft in progress; a page opened without one (a new tab, or after timing out) goes to the start. */
  protected draftOf(request: Request): ReferralDraft {
    const draft = request.session[this.journey.draftKey];
    if (!draft) throw new RedirectException(`${this.journey.base}/new`);
    return draft;
  }

  /**
   * Sends a finished draft to intake once (its idempotency key makes a double submit return the
   * first contact). Unanswered questions, or intake refusing what the portal checked, show
   * "check your answers" again with the errors and give undefined: nothing was created.
   */
  protected async send(
    request: Request,
    response: Response,
    draft: ReferralDraft,
    toDetails: () => ContactDetailsV1,
  ): Promise<ContactAccepted | undefined> {
    const missing = this.missing(draft);
    if (missing.length > 0) {
      this.renderCheckAnswers(
        request,
        response,
        missing.map((item) => ({ field: item.href, text: item.text })),
      );
      return undefined;
    }
    const details = toDetails();
    const problems = contractProblems(details);
    if (problems.length > 0) {
      this.logger.error(
        `${this.journey.noun} does not meet the contract: ${problems.map((problem) => problem.split(':')[0]).join(', ')}`,
      );
      throw new Error(`The ${this.journey.noun} could not be prepared for sending`);
    }
    try {
      return await this.intake.submitContact(request.session.token!, details, draft.idempotencyKey);
    } catch (error) {
      if (error instanceof ServiceError && error.status === 400) {
        this.logger.error(`intake refused a ${this.journey.noun} the portal had checked`);
        this.renderCheckAnswers(request, response, [
          {
            field: 'submit',
            text:
              `The front door could not accept this ${this.journey.noun}. Check your answers and try again` +
              (this.journey.noun === 'referral' ? ', or call the front door.' : '.'),
          },
        ]);
        return undefined;
      }
      throw error;
    }
  }

  protected renderCheckAnswers(request: Request, response: Response, errors?: FieldError[]): void {
    const draft = this.draftOf(request);
    response.status(errors ? 400 : 200);
    this.render(response, 'referrals/check-answers.njk', {
      ...this.checkAnswersLocals(draft),
      draft,
      missing: this.missing(draft),
      advice: whatScreenersWillAsk(draft, this.journey),
      errors: errors?.map((error) =>
        error.field.startsWith('/') ? { field: 'missing-answers', text: error.text } : error,
      ),
    });
  }

  /** "Are you sure you want to remove …?" for a child or adult already added. */
  protected confirmRemoval(
    request: Request,
    response: Response,
    people: 'children' | 'adults',
    n: number,
    change?: string,
    errors?: FieldError[],
  ): void {
    const person = this.draftOf(request)[people][n - 1];
    if (!person) throw new NotFoundException();
    response.status(errors ? 400 : 200);
    this.render(response, 'referrals/remove-person.njk', {
      name: childName(person),
      listPath: removalListPath(this.journey.base, people, change),
      errors,
    });
  }

  protected remove(
    request: Request,
    response: Response,
    people: 'children' | 'adults',
    n: number,
    body: FormBody,
    change?: string,
  ): void {
    const draft = this.draftOf(request);
    const person = draft[people][n - 1];
    if (!person) throw new NotFoundException();
    const name = childName(person);
    const parsed = parseYesNo(body, 'confirmRemove', `Select yes if you want to remove ${name}`);
    if (!parsed.ok) return this.confirmRemoval(request, response, people, n, change, parsed.errors);
    if (parsed.value) {
      draft[people].splice(n - 1, 1);
      request.session.flash = { heading: `${name} has been removed from this ${this.journey.noun}`, type: 'success' };
    }
    response.redirect(303, removalListPath(this.journey.base, people, change));
  }

  protected existingChild(draft: ReferralDraft, n: number) {
    const child = draft.children[n - 1];
    if (!child) throw new NotFoundException();
    return child;
  }

  /** Pages exist for each person so far and one more (the next to add). */
  protected personIndex(n: number, count: number): void {
    if (n < 1 || n > Math.min(count + 1, MAX_PEOPLE)) throw new NotFoundException();
  }

  /**
   * A question page's answer: refused with its errors on the same page, or stored in the draft
   * and on to the next question (or back to check answers when changing an answer).
   */
  protected answer<T>(
    request: Request,
    response: Response,
    change: string | undefined,
    question: {
      template: string;
      parsed: Parsed<T>;
      shownOnError: Record<string, unknown>;
      store: (draft: ReferralDraft, value: T) => void;
      next: string;
      /** What else the page needs to show again (its options). */
      locals?: Record<string, unknown>;
    },
  ): void {
    const draft = this.draftOf(request);
    const { parsed } = question;
    if (!parsed.ok) {
      return this.invalid(response, question.template, parsed.errors, {
        ...question.locals,
        change,
        values: question.shownOnError,
      });
    }
    question.store(draft, parsed.value);
    this.next(response, change, question.next);
  }

  protected invalid(response: Response, template: string, errors: FieldError[], locals: Record<string, unknown>): void {
    response.status(400);
    this.render(response, template, { ...locals, errors });
  }

  /** Every page of the journey renders with its paths and words. */
  protected render(response: Response, template: string, locals: Record<string, unknown>): void {
    response.render(template, { ...locals, journey: this.journey });
  }

  protected next(response: Response, change: string | undefined, next: string): void {
    response.redirect(303, change ? `${this.journey.base}/check-answers` : next);
  }
}

function peopleCalled(person: string): 'children' | 'adults' {
  if (person === 'child') return 'children';
  if (person === 'adult') return 'adults';
  throw new NotFoundException();
}

function removalListPath(base: string, people: 'children' | 'adults', change?: string): string {
  return people === 'children' ? `${base}/children` : `${base}/adults${change ? '?change=true' : ''}`;
}
