import {
  CIN_REFERRAL_SOURCE_CODES,
  ConcernCategory,
  ContactChannel,
  FamilyAwareness,
  SourceType,
} from '@frontdoor/contracts';
import { contractProblems } from '../referrals/to-contact-details';
import {
  IncompleteContactError,
  missingLoggedContactAnswers,
  parseChannel,
  parseReferrer,
  parseReferrerKind,
  REFERRER_KINDS,
  referrerSummary,
  toLoggedContactDetails,
  type LoggedContactDraft,
  type ReferrerKind,
} from './logged-contact';

function phonedByGp(): LoggedContactDraft {
  return {
    idempotencyKey: 'k',
    startedAt: '2026-03-10T09:00:00.000Z',
    channel: ContactChannel.Phone,
    referrerKind: 'gp',
    referrer: { name: 'Dr Priya Example', role: 'GP', organisation: 'Sale Medical Practice', phone: '0161 496 0000' },
    immediateDanger: false,
    children: [
      {
        firstName: 'Ava',
        lastName: 'Example',
        dateOfBirthStatus: 'unknown',
        hasSpoken: 'no',
        viewsNotObtainedReason: 'The GP has not seen Ava alone',
      },
    ],
    adults: [],
    concernCategories: [ConcernCategory.Neglect],
    narrative: 'Ava missed three appointments and her mother said there is no food at home.',
    actionTakenSoFar: '',
    familyAwareness: FamilyAwareness.DoesNotKnow,
  };
}

describe('a contact the front door logs', () => {
  it("is the GP's, with the practice as the organisation, the GP's CIN code and how it came in", () => {
    const details = toLoggedContactDetails(phonedByGp());
    expect(details.source).toEqual({ type: SourceType.Health, cinCode: '3A', channel: 'phone' });
    expect(details.referrer).toEqual({
      name: 'Dr Priya Example',
      role: 'GP',
      organisation: 'Sale Medical Practice',
      phone: '0161 496 0000',
    });
    expect(details.children[0]).toMatchObject({
      firstName: 'Ava',
      viewsNotObtainedReason: 'The GP has not seen Ava alone',
    });
    expect(contractProblems(details)).toEqual([]);
  });

  it('names nobody for an anonymous caller, and still meets the contract', () => {
    const draft = { ...phonedByGp(), referrerKind: 'anonymous' as const, referrer: undefined };
    const details = toLoggedContactDetails(draft);
    expect(details.source.cinCode).toBe('9');
    expect(details.referrer).toEqual({ name: 'Anonymous', role: 'Did not give their name', organisation: 'Not given' });
    expect(contractProblems(details)).toEqual([]);
    expect(referrerSummary(draft)).toBe('Anonymous');
  });

  it.each<[ReferrerKind, SourceType, string]>([
    ['family', SourceType.Public, '1A'],
    ['public', SourceType.Public, '1D'],
    ['child', SourceType.Public, '1C'],
    ['anonymous', SourceType.Public, '9'],
    ['gp', SourceType.Health, '3A'],
    ['health-visitor', SourceType.Health, '3B'],
    ['police', SourceType.Police, '6'],
    ['another-local-authority', SourceType.LocalAuthority, '5C'],
    ['school', SourceType.School, '2A'],
    ['other', SourceType.Other, '8'],
  ])('counts %s as %s, CIN referral source %s', (kind, type, cinCode) => {
    expect(REFERRER_KINDS[kind]).toMatchObject({ type, cinCode });
    expect(CIN_REFERRAL_SOURCE_CODES).toContain(cinCode);
  });

  it('gives a neighbour and the child an organisation the contract needs, from what they are', () => {
    const neighbour = {
      ...phonedByGp(),
      referrerKind: 'public' as const,
      referrer: { name: 'Pat', role: 'neighbour' },
    };
    expect(toLoggedContactDetails(neighbour).referrer.organisation).toBe('Member of the public');
    const child = {
      ...phonedByGp(),
      referrerKind: 'child' as const,
      referrer: { name: 'Ava Example', role: 'The child' },
    };
    expect(toLoggedContactDetails(child).referrer).toMatchObject({ organisation: 'The child', role: 'The child' });
    expect(referrerSummary(child)).toBe('Ava Example (the child)');
  });

  it('lists what is missing in page order, and will not build a contact until it is all there', () => {
    const draft: LoggedContactDraft = {
      idempotencyKey: 'k',
      startedAt: '',
      children: [],
      adults: [],
      referrerKind: 'gp',
    };
    const missing = missingLoggedContactAnswers(draft);
    expect(missing.slice(0, 3)).toEqual([
      { text: 'Say how the contact came in', href: '/log-contact/how-received' },
      { text: 'Add the referrer’s details', href: '/log-contact/referrer' },
      { text: 'Say whether a child is in immediate danger', href: '/log-contact/immediate-danger' },
    ]);
    expect(missing.map((item) => item.text)).toContain('Say what the referrer has done so far');
    expect(missing.map((item) => item.text)).toContain('Describe what the referrer is worried about');
    expect(() => toLoggedContactDetails(draft)).toThrow(IncompleteContactError);
    // An anonymous caller has no details to add.
    expect(missingLoggedContactAnswers({ ...phonedByGp(), referrerKind: 'anonymous', referrer: undefined })).toEqual(
      [],
    );
  });
});

describe('the logged contact pages read', () => {
  it('how the contact came in and who is making it, refusing anything else', () => {
    expect(parseChannel({ channel: 'email' })).toEqual({ ok: true, value: 'email' });
    expect(parseChannel({ channel: 'fax' })).toEqual({
      ok: false,
      errors: [{ field: 'channel', text: 'Select how the contact came in' }],
    });
    expect(parseReferrerKind({ referrerKind: 'health-visitor' })).toEqual({ ok: true, value: 'health-visitor' });
    expect(parseReferrerKind({ referrerKind: 'constructor' }).ok).toBe(false);
  });

  it("a professional's name, role and organisation, and checks the phone and email they gave", () => {
    const parsed = parseReferrer(
      { referrerName: '', referrerRole: '', referrerOrganisation: '', referrerPhone: 'call me', referrerEmail: 'nope' },
      'gp',
    );
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors.map((error) => error.field)).toEqual([
      'referrerName',
      'referrerRole',
      'referrerOrganisation',
      'referrerPhone',
      'referrerEmail',
    ]);
    expect(
      parseReferrer(
        {
          referrerName: ' Dr Example ',
          referrerRole: 'GP',
          referrerOrganisation: 'Sale Medical Practice',
          referrerEmail: 'gp@example.org',
        },
        'gp',
      ),
    ).toEqual({
      ok: true,
      value: {
        name: 'Dr Example',
        role: 'GP',
        organisation: 'Sale Medical Practice',
        phone: undefined,
        email: 'gp@example.org',
      },
    });
  });

  it("a relative's relationship to the child, and no organisation", () => {
    expect(
      parseReferrer({ referrerName: 'Jo', referrerRole: 'aunt', referrerOrganisation: 'ignored' }, 'family'),
    ).toEqual({
      ok: true,
      value: { name: 'Jo', role: 'aunt', organisation: undefined, phone: undefined, email: undefined },
    });
    const missingRelationship = parseReferrer({ referrerName: 'Jo' }, 'family');
    expect(!missingRelationship.ok && missingRelationship.errors[0].text).toBe(
      'Enter how they know the child, for example neighbour or aunt',
    );
  });
});
