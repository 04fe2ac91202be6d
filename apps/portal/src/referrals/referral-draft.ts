import { ConcernCategory, FamilyAwareness } from '@frontdoor/contracts';
import { SCHOOL_REFERRAL, type ContactJourney } from './contact-journey';

/** One child, as the referrer answered the questions about them. */
export interface ChildAnswers {
  firstName: string;
  lastName: string;
  dateOfBirthStatus: 'known' | 'unborn' | 'unknown';
  dateOfBirth?: string;
  expectedDateOfBirth?: string;
  nhsNumber?: string;
  upn?: string;
  addressLine1?: string;
  town?: string;
  postcode?: string;
  /** Whether the child has said anything about the worry; undefined until that page is answered. */
  hasSpoken?: 'yes' | 'no';
  wordsAndViews?: string;
  viewsNotObtainedReason?: string;
}

export interface AdultAnswers {
  firstName: string;
  lastName: string;
  relationshipToChildren: string;
  livesWithChildren: boolean;
  dateOfBirth?: string;
}

/** A referral in progress, kept in the session until it is submitted. */
export interface ReferralDraft {
  /** Sent as the Idempotency-Key: a double submit returns the first contact, never a second. */
  idempotencyKey: string;
  startedAt: string;
  immediateDanger?: boolean;
  children: ChildAnswers[];
  adults: AdultAnswers[];
  /** Whether the adults question ("add another?") was answered "no", i.e. the list is final. */
  adultsDone?: boolean;
  concernCategories?: ConcernCategory[];
  narrative?: string;
  /** What the school has done so far; an empty string means the referrer said "nothing yet". */
  actionTakenSoFar?: string;
  familyAwareness?: FamilyAwareness;
}

export function newReferralDraft(idempotencyKey: string, now: Date): ReferralDraft {
  return { idempotencyKey, startedAt: now.toISOString(), children: [], adults: [] };
}

export function childName(child: Pick<ChildAnswers, 'firstName' | 'lastName'> | undefined): string {
  return child ? `${child.firstName} ${child.lastName}`.trim() : 'the child';
}

/** A question the referral cannot be sent without, and the page that asks it. */
export interface MissingAnswer {
  text: string;
  href: string;
}

/** Everything a referral must have before intake will take it, in the order the pages ask. */
export function missingRequiredAnswers(
  draft: ReferralDraft,
  journey: ContactJourney = SCHOOL_REFERRAL,
): MissingAnswer[] {
  const { base } = journey;
  const missing: MissingAnswer[] = [];
  if (draft.immediateDanger === undefined) {
    missing.push({ text: 'Say whether a child is in immediate danger', href: `${base}/immediate-danger` });
  }
  if (draft.children.length === 0) {
    missing.push({ text: 'Add the child you are worried about', href: `${base}/child/1` });
  }
  draft.children.forEach((child, index) => {
    if (child.hasSpoken === undefined) {
      missing.push({
        text: `Say whether ${childName(child)} has said anything about this`,
        href: `${base}/child/${index + 1}/voice`,
      });
    }
  });
  if (!draft.concernCategories?.length) {
    missing.push({ text: 'Select what the worry is about', href: `${base}/concern-categories` });
  }
  if (!draft.narrative) missing.push({ text: journey.worryMissing, href: `${base}/concern` });
  if (draft.actionTakenSoFar === undefined) {
    missing.push({ text: `Say what ${journey.who} has done so far`, href: `${base}/action-taken` });
  }
  if (draft.familyAwareness === undefined) {
    missing.push({ text: `Say whether the family knows about this ${journey.noun}`, href: `${base}/family-awareness` });
  }
  return missing;
}

/** Fewer words than this rarely tell a screener what happened, to whom, and when. */
export const SHORT_NARRATIVE_WORDS = 25;

/**
 * What screeners usually have to phone the referrer back about. Shown on "check your answers"
 * as advice: none of it stops the referral being sent.
 */
export function whatScreenersWillAsk(draft: ReferralDraft, journey: ContactJourney = SCHOOL_REFERRAL): MissingAnswer[] {
  const { base } = journey;
  const advice: MissingAnswer[] = [];
  draft.children.forEach((child, index) => {
    if (child.hasSpoken === 'no') {
      advice.push({
        text: `You have not recorded what ${childName(child)} has said. If you can, ask them (or say what you saw) and add their own words.`,
        href: `${base}/child/${index + 1}/voice?change=true`,
      });
    }
    if (child.dateOfBirthStatus === 'unknown') {
      advice.push({
        text: `${childName(child)}'s date of birth is not known. An approximate age helps screeners find their records.`,
        href: `${base}/child/${index + 1}?change=true`,
      });
    }
  });
  const words = (draft.narrative ?? '').trim().split(/\s+/).filter(Boolean).length;
  if (draft.narrative && words < SHORT_NARRATIVE_WORDS) {
    advice.push({
      text: 'The description of the worry is short. Say what happened or what you saw, when, who was there and how the child seemed.',
      href: `${base}/concern?change=true`,
    });
  }
  if (draft.actionTakenSoFar === '') {
    advice.push({
      text: `You have not said what ${journey.who} has done so far, for example talking to the family or offering support.`,
      href: `${base}/action-taken?change=true`,
    });
  }
  if (draft.adults.length === 0) {
    advice.push({
      text: 'You have not added any parents or carers. Screeners need to know who the child lives with.',
      href: `${base}/adults?change=true`,
    });
  }
  return advice;
}
