import { Agency, Role } from '@frontdoor/auth';
import { ConcernCategory, FamilyAwareness } from '@frontdoor/contracts';
import { missingRequiredAnswers, whatScreenersWillAsk, type ReferralDraft } from './referral-draft';
import { contractProblems, IncompleteReferralError, toContactDetails } from './to-contact-details';

const dsl = {
  subject: 'demo-dsl-oakfield',
  name: 'Olive Oakfield (demo)',
  roles: [Role.SchoolDsl],
  agency: Agency.Education,
  organisation: 'school-141001',
};

function complete(): ReferralDraft {
  return {
    idempotencyKey: 'k',
    startedAt: '2026-03-10T09:00:00.000Z',
    immediateDanger: false,
    children: [
      {
        firstName: 'Ava',
        lastName: 'Example',
        dateOfBirthStatus: 'known',
        dateOfBirth: '2017-04-12',
        nhsNumber: '9434765919',
        postcode: 'M33 7ZZ',
        hasSpoken: 'yes',
        wordsAndViews: 'Ava said she is hungry.',
      },
      {
        firstName: 'Baby',
        lastName: 'Example',
        dateOfBirthStatus: 'unborn',
        expectedDateOfBirth: '2030-01-01',
        hasSpoken: 'no',
        viewsNotObtainedReason: 'Not born yet',
      },
    ],
    adults: [{ firstName: 'Casey', lastName: 'Example', relationshipToChildren: 'mother', livesWithChildren: true }],
    concernCategories: [ConcernCategory.Neglect],
    narrative:
      'Ava has arrived hungry every day this week and says there is no food at home; her mother seemed unwell at pick-up and could not say when she last ate properly herself.',
    actionTakenSoFar: 'Breakfast club place offered; spoke to Mum.',
    familyAwareness: FamilyAwareness.KnowsAndAgrees,
  };
}

describe('toContactDetails', () => {
  it('makes a body that meets ContactDetailsV1', () => {
    const details = toContactDetails(complete(), dsl, 'Oakfield Lane Primary School');
    expect(contractProblems(details)).toEqual([]);
    expect(details.source).toEqual({ type: 'school', cinCode: '2A' });
    expect(details.referrer.organisation).toBe('Oakfield Lane Primary School');
    expect(details.children[0]).toMatchObject({ dateOfBirth: '2017-04-12', address: { postcode: 'M33 7ZZ' } });
    expect(details.children[1]).toEqual(
      expect.objectContaining({ expectedDateOfBirth: '2030-01-01', viewsNotObtainedReason: 'Not born yet' }),
    );
    expect(details.children[1]).not.toHaveProperty('dateOfBirth');
  });

  it('leaves out "nothing yet" for action taken, which the contract allows', () => {
    const draft = { ...complete(), actionTakenSoFar: '' };
    const details = toContactDetails(draft, dsl, 'Oakfield');
    expect(details.concerns).not.toHaveProperty('actionTakenSoFar');
    expect(contractProblems(details)).toEqual([]);
  });

  it('refuses a draft with questions unanswered', () => {
    const draft = { ...complete(), familyAwareness: undefined };
    expect(() => toContactDetails(draft, dsl, 'Oakfield')).toThrow(IncompleteReferralError);
    expect(missingRequiredAnswers(draft).map((item) => item.href)).toEqual(['/referrals/family-awareness']);
  });
});

describe('whatScreenersWillAsk', () => {
  it('has nothing to add to a full referral except a child whose views were not sought', () => {
    expect(whatScreenersWillAsk(complete()).map((item) => item.href)).toEqual(['/referrals/child/2/voice?change=true']);
  });

  it('points out a short concern, no action taken and no adults, without blocking', () => {
    const draft = { ...complete(), narrative: 'Hungry.', actionTakenSoFar: '', adults: [] };
    const advice = whatScreenersWillAsk(draft).map((item) => item.href);
    expect(advice).toEqual(
      expect.arrayContaining([
        '/referrals/concern?change=true',
        '/referrals/action-taken?change=true',
        '/referrals/adults?change=true',
      ]),
    );
    expect(missingRequiredAnswers(draft)).toEqual([]);
  });
});
