import { CinReferralSource, ContactChannel, ContactDetailsV1, SourceType } from '@frontdoor/contracts';
import { isEmail } from 'class-validator';
import { required, text, type FieldError, type FormBody, type Parsed } from '../referrals/referral-answers';
import { missingRequiredAnswers, type MissingAnswer, type ReferralDraft } from '../referrals/referral-draft';
import { contactBody } from '../referrals/to-contact-details';
import { LOGGED_CONTACT, type ContactJourney } from '../referrals/contact-journey';

/**
 * Who rang, emailed or came in. Each kind is a CIN census referral source (the code leaders
 * report) and says what to ask about the person: a professional's role and organisation, a
 * relative's or neighbour's relationship to the child, or nothing at all for an anonymous caller.
 */
export type ReferrerKind =
  | 'family'
  | 'public'
  | 'child'
  | 'anonymous'
  | 'gp'
  | 'health-visitor'
  | 'police'
  | 'another-local-authority'
  | 'school'
  | 'other';

type Asks = 'professional' | 'individual' | 'the-child' | 'nothing';

interface KindRule {
  label: string;
  type: SourceType;
  cinCode: CinReferralSource;
  asks: Asks;
  /** What the contract's organisation holds for someone who has none. */
  organisation?: string;
}

export const REFERRER_KINDS: Record<ReferrerKind, KindRule> = {
  family: {
    label: 'A family member, relative or carer',
    type: SourceType.Public,
    cinCode: '1A',
    asks: 'individual',
    organisation: 'Family member',
  },
  public: {
    label: 'A neighbour or another member of the public',
    type: SourceType.Public,
    cinCode: '1D',
    asks: 'individual',
    organisation: 'Member of the public',
  },
  child: {
    label: 'The child themselves',
    type: SourceType.Public,
    cinCode: '1C',
    asks: 'the-child',
    organisation: 'The child',
  },
  anonymous: {
    label: 'Someone who will not give their name',
    type: SourceType.Public,
    cinCode: '9',
    asks: 'nothing',
    organisation: 'Not given',
  },
  gp: { label: 'A GP', type: SourceType.Health, cinCode: '3A', asks: 'professional' },
  'health-visitor': { label: 'A health visitor', type: SourceType.Health, cinCode: '3B', asks: 'professional' },
  police: { label: 'The police', type: SourceType.Police, cinCode: '6', asks: 'professional' },
  'another-local-authority': {
    label: 'Another local authority',
    type: SourceType.LocalAuthority,
    cinCode: '5C',
    asks: 'professional',
  },
  school: { label: 'A school', type: SourceType.School, cinCode: '2A', asks: 'professional' },
  other: { label: 'Another professional or agency', type: SourceType.Other, cinCode: '8', asks: 'professional' },
};

/** The referrer as the screener was told: who they are and how to reach them. */
export interface ReferrerAnswers {
  name: string;
  /** A professional's job; an individual's relationship to the child. */
  role: string;
  organisation?: string;
  phone?: string;
  email?: string;
}

/** A contact a screener is logging, kept in the session until it is logged. */
export interface LoggedContactDraft extends ReferralDraft {
  channel?: ContactChannel;
  referrerKind?: ReferrerKind;
  referrer?: ReferrerAnswers;
}

export function isReferrerKind(value: string): value is ReferrerKind {
  return Object.hasOwn(REFERRER_KINDS, value);
}

/** Whether the "about the referrer" page is asked at all: an anonymous caller gives nothing. */
export function asksAboutReferrer(kind: ReferrerKind | undefined): boolean {
  return kind !== undefined && REFERRER_KINDS[kind].asks !== 'nothing';
}

/** What the "about the referrer" page asks for this kind of referrer. */
export function referrerQuestions(kind: ReferrerKind): { role: boolean; organisation: boolean } {
  const asks = REFERRER_KINDS[kind].asks;
  return { role: asks === 'professional' || asks === 'individual', organisation: asks === 'professional' };
}

export function parseChannel(body: FormBody): Parsed<ContactChannel> {
  const value = text(body, 'channel');
  if (!(Object.values(ContactChannel) as string[]).includes(value)) {
    return { ok: false, errors: [{ field: 'channel', text: 'Select how the contact came in' }] };
  }
  return { ok: true, value: value as ContactChannel };
}

export function parseReferrerKind(body: FormBody): Parsed<ReferrerKind> {
  const value = text(body, 'referrerKind');
  if (!isReferrerKind(value)) {
    return { ok: false, errors: [{ field: 'referrerKind', text: 'Select who is making the contact' }] };
  }
  return { ok: true, value };
}

/** The "about the referrer" page for this kind: name always, then what the kind asks. */
export function parseReferrer(body: FormBody, kind: ReferrerKind): Parsed<ReferrerAnswers> {
  const errors: FieldError[] = [];
  const asked = referrerQuestions(kind);
  const name = required(
    body,
    'referrerName',
    kind === 'child' ? "Enter the child's name" : "Enter the referrer's name",
    errors,
  );
  const role = asked.role
    ? required(
        body,
        'referrerRole',
        REFERRER_KINDS[kind].asks === 'professional'
          ? "Enter the referrer's job or role"
          : 'Enter how they know the child, for example neighbour or aunt',
        errors,
      )
    : 'The child';
  const organisation = asked.organisation
    ? required(body, 'referrerOrganisation', 'Enter the organisation they work for', errors)
    : undefined;
  const phone = text(body, 'referrerPhone') || undefined;
  if (phone && (phone.length > 40 || !/^[0-9+() -]+$/.test(phone))) {
    errors.push({ field: 'referrerPhone', text: 'Enter a phone number, like 0161 496 0000, or leave it blank' });
  }
  const email = text(body, 'referrerEmail') || undefined;
  if (email && (email.length > 200 || !isEmail(email))) {
    errors.push({ field: 'referrerEmail', text: 'Enter an email address, like name@example.org, or leave it blank' });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { name, role, organisation, phone, email } };
}

/** Everything a logged contact needs before intake will take it, in the order the pages ask. */
export function missingLoggedContactAnswers(
  draft: LoggedContactDraft,
  journey: ContactJourney = LOGGED_CONTACT,
): MissingAnswer[] {
  const missing: MissingAnswer[] = [];
  if (!draft.channel) missing.push({ text: 'Say how the contact came in', href: `${journey.base}/how-received` });
  if (!draft.referrerKind) missing.push({ text: 'Say who is making the contact', href: `${journey.base}/who` });
  else if (asksAboutReferrer(draft.referrerKind) && !draft.referrer) {
    missing.push({ text: 'Add the referrer’s details', href: `${journey.base}/referrer` });
  }
  return [...missing, ...missingRequiredAnswers(draft, journey)];
}

export class IncompleteContactError extends Error {
  override readonly name = 'IncompleteContactError';
}

/**
 * The body intake takes (`POST /contacts`) for a finished logged contact: the referrer as they
 * were told (a default organisation for people who have none), the CIN source of their kind, and
 * how it came in; the screener who logged it is the bearer of the token, not the referrer.
 */
export function toLoggedContactDetails(draft: LoggedContactDraft): ContactDetailsV1 {
  const missing = missingLoggedContactAnswers(draft);
  if (missing.length > 0) throw new IncompleteContactError(missing.map((item) => item.text).join('; '));
  const kind = REFERRER_KINDS[draft.referrerKind!];
  const told = draft.referrer;
  const referrer: ContactDetailsV1['referrer'] = told
    ? {
        name: told.name,
        role: told.role,
        organisation: told.organisation ?? kind.organisation!,
        ...(told.phone && { phone: told.phone }),
        ...(told.email && { email: told.email }),
      }
    : { name: 'Anonymous', role: 'Did not give their name', organisation: kind.organisation! };
  return {
    source: { type: kind.type, cinCode: kind.cinCode, channel: draft.channel! },
    referrer,
    ...contactBody(draft),
  };
}

/** "Dr Priya Example, GP, Sale Medical Practice" as the check-answers page shows it. */
export function referrerSummary(draft: LoggedContactDraft): string {
  if (!draft.referrerKind) return 'Not answered';
  if (!asksAboutReferrer(draft.referrerKind)) return 'Anonymous';
  if (!draft.referrer) return 'Not answered';
  const { name, role, organisation } = draft.referrer;
  return [
    draft.referrerKind === 'child' ? `${name} (the child)` : name,
    draft.referrerKind === 'child' ? '' : role,
    organisation,
  ]
    .filter(Boolean)
    .join(', ');
}
