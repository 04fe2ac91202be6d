import { Role } from '@frontdoor/auth';
import {
  Body,
  Controller,
  Get,
  Logger,
  NotFoundException,
  Param,
  ParseIntPipe,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { IntakeClient } from '../clients/intake.client';
import { ServiceError } from '../clients/service-client';
import { RedirectException } from '../rendering/redirect.exception';
import { ForRoles } from '../session/page-access';
import { takeFlash } from '../sign-in/sign-in.controller';
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
  missingRequiredAnswers,
  newReferralDraft,
  whatScreenersWillAsk,
  type ReferralDraft,
} from './referral-draft';
import { contractProblems, toContactDetails } from './to-contact-details';

const MAX_PEOPLE = 20;

/**
 * "Make a referral" for a school's designated safeguarding lead: one question per page, the
 * answers kept in the session, "check your answers", then one POST to intake.
 */
@Controller('referrals')
@ForRoles(Role.SchoolDsl)
export class ReferralsController {
  private readonly logger = new Logger('Referrals');

  constructor(private readonly intake: IntakeClient) {}

  @Get('new')
  start(@Req() request: Request, @Res() response: Response): void {
    response.render('referrals/start.njk', { inProgress: request.session.referral !== undefined });
  }

  @Post('new')
  begin(@Req() request: Request, @Res() response: Response): void {
    request.session.referral = newReferralDraft(randomUUID(), new Date());
    response.redirect(303, '/referrals/immediate-danger');
  }

  @Get('immediate-danger')
  immediateDangerPage(@Req() request: Request, @Res() response: Response, @Query('change') change?: string): void {
    const draft = this.draft(request);
    const value = draft.immediateDanger === undefined ? undefined : draft.immediateDanger ? 'yes' : 'no';
    response.render('referrals/immediate-danger.njk', { values: { immediateDanger: value }, change });
  }

  @Post('immediate-danger')
  immediateDanger(
    @Req() request: Request,
    @Res() response: Response,
    @Body() body: FormBody,
    @Query('change') change?: string,
  ): void {
    const draft = this.draft(request);
    const parsed = parseImmediateDanger(body);
    if (!parsed.ok)
      return this.invalid(response, 'referrals/immediate-danger.njk', parsed.errors, { values: body, change });
    draft.immediateDanger = parsed.value;
    if (parsed.value) return response.redirect(303, `/referrals/urgent${change ? '?change=true' : ''}`);
    this.next(response, change, '/referrals/child/1');
  }

  @Get('urgent')
  urgent(@Req() request: Request, @Res() response: Response, @Query('change') change?: string): void {
    this.draft(request);
    response.render('referrals/urgent.njk', { next: change ? '/referrals/check-answers' : '/referrals/child/1' });
  }

  @Get('child/:n')
  childPage(
    @Req() request: Request,
    @Res() response: Response,
    @Param('n', ParseIntPipe) n: number,
    @Query('change') change?: string,
  ): void {
    const draft = this.draft(request);
    this.personIndex(n, draft.children.length);
    const child = draft.children[n - 1];
    response.render('referrals/child.njk', {
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
    const draft = this.draft(request);
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
      return response.redirect(303, `/referrals/child/${n}/voice${change ? '?change=true' : ''}`);
    this.next(response, change, `/referrals/child/${n}/voice`);
  }

  @Get('child/:n/voice')
  voicePage(
    @Req() request: Request,
    @Res() response: Response,
    @Param('n', ParseIntPipe) n: number,
    @Query('change') change?: string,
  ): void {
    const draft = this.draft(request);
    const child = this.existingChild(draft, n);
    response.render('referrals/child-voice.njk', { n, change, name: childName(child), values: child });
  }

  @Post('child/:n/voice')
  voice(
    @Req() request: Request,
    @Res() response: Response,
    @Param('n', ParseIntPipe) n: number,
    @Body() body: FormBody,
    @Query('change') change?: string,
  ): void {
    const draft = this.draft(request);
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
    this.next(response, change, '/referrals/children');
  }

  @Get('children')
  childrenPage(@Req() request: Request, @Res() response: Response): void {
    const draft = this.draft(request);
    if (draft.children.length === 0) return response.redirect(303, '/referrals/child/1');
    response.render('referrals/children.njk', { children: draft.children, values: {}, flash: takeFlash(request) });
  }

  @Post('children')
  children(@Req() request: Request, @Res() response: Response, @Body() body: FormBody): void {
    const draft = this.draft(request);
    const parsed = parseYesNo(body, 'addAnother', 'Select yes if you need to add another child');
    if (!parsed.ok)
      return this.invalid(response, 'referrals/children.njk', parsed.errors, {
        children: draft.children,
        values: body,
      });
    if (parsed.value && draft.children.length < MAX_PEOPLE) {
      return response.redirect(303, `/referrals/child/${draft.children.length + 1}`);
    }
    response.redirect(
      303,
      missingRequiredAnswers(draft).length === 0 ? '/referrals/check-answers' : '/referrals/adults',
    );
  }

  @Get('adults')
  adultsPage(@Req() request: Request, @Res() response: Response, @Query('change') change?: string): void {
    const draft = this.draft(request);
    response.render('referrals/adults.njk', { adults: draft.adults, change, values: {}, flash: takeFlash(request) });
  }

  @Post('adults')
  adults(
    @Req() request: Request,
    @Res() response: Response,
    @Body() body: FormBody,
    @Query('change') change?: string,
  ): void {
    const draft = this.draft(request);
    const parsed = parseYesNo(body, 'addAdult', 'Select yes if you need to add a parent, carer or other adult');
    if (!parsed.ok)
      return this.invalid(response, 'referrals/adults.njk', parsed.errors, {
        adults: draft.adults,
        change,
        values: body,
      });
    if (parsed.value && draft.adults.length < MAX_PEOPLE) {
      return response.redirect(303, `/referrals/adult/${draft.adults.length + 1}${change ? '?change=true' : ''}`);
    }
    draft.adultsDone = true;
    this.next(response, change, '/referrals/concern-categories');
  }

  @Get('adult/:n')
  adultPage(
    @Req() request: Request,
    @Res() response: Response,
    @Param('n', ParseIntPipe) n: number,
    @Query('change') change?: string,
  ): void {
    const draft = this.draft(request);
    this.personIndex(n, draft.adults.length);
    const adult = draft.adults[n - 1];
    response.render('referrals/adult.njk', {
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
    const draft = this.draft(request);
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
    response.redirect(303, `/referrals/adults${change ? '?change=true' : ''}`);
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
    const draft = this.draft(request);
    response.render('referrals/concern-categories.njk', {
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
      next: '/referrals/concern',
    });
  }

  @Get('concern')
  concernPage(@Req() request: Request, @Res() response: Response, @Query('change') change?: string): void {
    const draft = this.draft(request);
    response.render('referrals/concern.njk', { change, values: { narrative: draft.narrative } });
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
      parsed: parseNarrative(body),
      shownOnError: body,
      store: (draft, narrative) => (draft.narrative = narrative),
      next: '/referrals/action-taken',
    });
  }

  @Get('action-taken')
  actionPage(@Req() request: Request, @Res() response: Response, @Query('change') change?: string): void {
    const draft = this.draft(request);
    const answered = draft.actionTakenSoFar;
    response.render('referrals/action-taken.njk', {
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
      parsed: parseActionTaken(body),
      shownOnError: body,
      store: (draft, actionTaken) => (draft.actionTakenSoFar = actionTaken),
      next: '/referrals/family-awareness',
    });
  }

  @Get('family-awareness')
  awarenessPage(@Req() request: Request, @Res() response: Response, @Query('change') change?: string): void {
    const draft = this.draft(request);
    response.render('referrals/family-awareness.njk', { change, values: { familyAwareness: draft.familyAwareness } });
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
      parsed: parseFamilyAwareness(body),
      shownOnError: body,
      store: (draft, awareness) => (draft.familyAwareness = awareness),
      // The last question: check answers next, whether changing an answer or not.
      next: '/referrals/check-answers',
    });
  }

  @Get('check-answers')
  checkAnswers(@Req() request: Request, @Res() response: Response): void {
    this.renderCheckAnswers(request, response);
  }

  @Post('submit')
  async submit(@Req() request: Request, @Res() response: Response): Promise<void> {
    const draft = request.session.referral;
    // A second click after the first one finished: the referral has gone, show what was sent.
    if (!draft)
      return response.redirect(303, request.session.lastSubmitted ? '/referrals/confirmation' : '/referrals/new');
    const missing = missingRequiredAnswers(draft);
    if (missing.length > 0)
      return this.renderCheckAnswers(
        request,
        response,
        missing.map((item) => ({ field: item.href, text: item.text })),
      );
    const user = request.session.user!;
    const details = toContactDetails(draft, user, user.organisationName ?? user.organisation);
    const problems = contractProblems(details);
    if (problems.length > 0) {
      this.logger.error(
        `referral does not meet the contract: ${problems.map((problem) => problem.split(':')[0]).join(', ')}`,
      );
      throw new Error('The referral could not be prepared for sending');
    }
    try {
      const accepted = await this.intake.submitContact(request.session.token!, details, draft.idempotencyKey);
      request.session.lastSubmitted = {
        reference: accepted.reference,
        contactId: accepted.contactId,
        immediateDanger: draft.immediateDanger === true,
      };
      request.session.referral = undefined;
      response.redirect(303, '/referrals/confirmation');
    } catch (error) {
      if (error instanceof ServiceError && error.status === 400) {
        this.logger.error('intake refused a referral the portal had checked');
        return this.renderCheckAnswers(request, response, [
          {
            field: 'submit',
            text: 'The front door could not accept this referral. Check your answers and try again, or call the front door.',
          },
        ]);
      }
      throw error;
    }
  }

  @Get('confirmation')
  confirmation(@Req() request: Request, @Res() response: Response): void {
    const submitted = request.session.lastSubmitted;
    if (!submitted) return response.redirect(303, '/referrals/new');
    response.render('referrals/confirmation.njk', { submitted });
  }

  private renderCheckAnswers(request: Request, response: Response, errors?: FieldError[]): void {
    const draft = this.draft(request);
    const missing = missingRequiredAnswers(draft);
    response.status(errors ? 400 : 200).render('referrals/check-answers.njk', {
      draft,
      missing,
      advice: whatScreenersWillAsk(draft),
      errors: errors?.map((error) =>
        error.field.startsWith('/') ? { field: 'missing-answers', text: error.text } : error,
      ),
    });
  }

  /** "Are you sure you want to remove …?" for a child or adult already added. */
  private confirmRemoval(
    request: Request,
    response: Response,
    people: 'children' | 'adults',
    n: number,
    change?: string,
    errors?: FieldError[],
  ): void {
    const person = this.draft(request)[people][n - 1];
    if (!person) throw new NotFoundException();
    response.status(errors ? 400 : 200).render('referrals/remove-person.njk', {
      name: childName(person),
      listPath: removalListPath(people, change),
      errors,
    });
  }

  private remove(
    request: Request,
    response: Response,
    people: 'children' | 'adults',
    n: number,
    body: FormBody,
    change?: string,
  ): void {
    const draft = this.draft(request);
    const person = draft[people][n - 1];
    if (!person) throw new NotFoundException();
    const name = childName(person);
    const parsed = parseYesNo(body, 'confirmRemove', `Select yes if you want to remove ${name}`);
    if (!parsed.ok) return this.confirmRemoval(request, response, people, n, change, parsed.errors);
    if (parsed.value) {
      draft[people].splice(n - 1, 1);
      request.session.flash = { heading: `${name} has been removed from this referral`, type: 'success' };
    }
    response.redirect(303, removalListPath(people, change));
  }

  private draft(request: Request): ReferralDraft {
    const draft = request.session.referral;
    // A question page opened with no referral in progress (a new tab, or after timing out).
    if (!draft) throw new RedirectException('/referrals/new');
    return draft;
  }

  private existingChild(draft: ReferralDraft, n: number) {
    const child = draft.children[n - 1];
    if (!child) throw new NotFoundException();
    return child;
  }

  /** Pages exist for each person so far and one more (the next to add). */
  private personIndex(n: number, count: number): void {
    if (n < 1 || n > Math.min(count + 1, MAX_PEOPLE)) throw new NotFoundException();
  }

  /**
   * A question page's answer: refused with its errors on the same page, or stored in the draft
   * and on to the next question (or back to check answers when changing an answer).
   */
  private answer<T>(
    request: Request,
    response: Response,
    change: string | undefined,
    question: {
      template: string;
      parsed: Parsed<T>;
      shownOnError: Record<string, unknown>;
      store: (draft: ReferralDraft, value: T) => void;
      next: string;
    },
  ): void {
    const draft = this.draft(request);
    const { parsed } = question;
    if (!parsed.ok) {
      return this.invalid(response, question.template, parsed.errors, { change, values: question.shownOnError });
    }
    question.store(draft, parsed.value);
    this.next(response, change, question.next);
  }

  private invalid(response: Response, template: string, errors: FieldError[], locals: Record<string, unknown>): void {
    response.status(400).render(template, { ...locals, errors });
  }

  private next(response: Response, change: string | undefined, next: string): void {
    response.redirect(303, change ? '/referrals/check-answers' : next);
  }
}

function peopleCalled(person: string): 'children' | 'adults' {
  if (person === 'child') return 'children';
  if (person === 'adult') return 'adults';
  throw new NotFoundException();
}

function removalListPath(people: 'children' | 'adults', change?: string): string {
  return people === 'children' ? '/referrals/children' : `/referrals/adults${change ? '?change=true' : ''}`;
}
