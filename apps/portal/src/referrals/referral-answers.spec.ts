import {
  parseActionTaken,
  parseAdult,
  parseChildDetails,
  parseChildVoice,
  parseConcernCategories,
  parseDateInput,
} from './referral-answers';

const today = new Date('2026-03-10T12:00:00Z');

describe('parseDateInput', () => {
  it('reads a real past date', () => {
    expect(parseDateInput({ 'd-day': '2', 'd-month': '4', 'd-year': '2017' }, 'd', 'the date', 'past', today)).toEqual({
      value: '2017-04-02',
    });
  });

  it.each([
    [{}, 'd-day', 'Enter the date'],
    [{ 'd-day': '2', 'd-year': '2017' }, 'd-month', 'The date must include a month'],
    [{ 'd-day': '31', 'd-month': '2', 'd-year': '2017' }, 'd-day', 'The date must be a real date'],
    [{ 'd-day': '1', 'd-month': '1', 'd-year': '2027' }, 'd-day', 'The date must be today or in the past'],
  ])('explains %p', (body, field, text) => {
    expect(parseDateInput(body, 'd', 'the date', 'past', today).error).toEqual({ field, text });
  });
});

describe('parseChildDetails', () => {
  const child = {
    firstName: ' Ava ',
    lastName: 'Example',
    dateOfBirthStatus: 'known',
    'dateOfBirth-day': '12',
    'dateOfBirth-month': '4',
    'dateOfBirth-year': '2017',
  };

  it('reads a child with a known date of birth', () => {
    const parsed = parseChildDetails({ ...child, nhsNumber: '943 476 5919', postcode: 'm33 7zz' }, today);
    expect(parsed).toEqual({
      ok: true,
      value: expect.objectContaining({
        firstName: 'Ava',
        dateOfBirth: '2017-04-12',
        nhsNumber: '9434765919',
        postcode: 'M33 7ZZ',
      }),
    });
  });

  it('asks for the date of birth when it is said to be known', () => {
    const parsed = parseChildDetails(
      { ...child, 'dateOfBirth-day': '', 'dateOfBirth-month': '', 'dateOfBirth-year': '' },
      today,
    );
    expect(parsed).toEqual({
      ok: false,
      errors: [{ field: 'dateOfBirth-day', text: "Enter the child's date of birth" }],
    });
  });

  it('takes an unborn child with an expected date, and refuses a bad NHS number', () => {
    const unborn = {
      firstName: 'Baby',
      lastName: 'Example',
      dateOfBirthStatus: 'unborn',
      'expectedDateOfBirth-day': '1',
      'expectedDateOfBirth-month': '6',
      'expectedDateOfBirth-year': '2026',
    };
    expect(parseChildDetails(unborn, today)).toMatchObject({ ok: true, value: { expectedDateOfBirth: '2026-06-01' } });
    expect(parseChildDetails({ ...unborn, nhsNumber: '1234567890' }, today)).toMatchObject({
      ok: false,
      errors: [{ field: 'nhsNumber' }],
    });
  });
});

describe('the other questions', () => {
  it("needs the child's words, or why not", () => {
    expect(parseChildVoice({ hasSpoken: 'yes', wordsAndViews: '' }, 'Ava')).toMatchObject({
      ok: false,
      errors: [{ field: 'wordsAndViews' }],
    });
    expect(parseChildVoice({ hasSpoken: 'no', viewsNotObtainedReason: 'a baby' }, 'Ava')).toEqual({
      ok: true,
      value: { hasSpoken: 'no', viewsNotObtainedReason: 'a baby' },
    });
  });

  it('accepts "nothing yet" as what the school has done', () => {
    expect(parseActionTaken({ actionTaken: 'no', actionTakenSoFar: 'ignored' })).toEqual({ ok: true, value: '' });
    expect(parseActionTaken({})).toMatchObject({ ok: false });
  });

  it('takes only known concern categories', () => {
    expect(parseConcernCategories({ concernCategories: ['neglect', 'neglect'] })).toEqual({
      ok: true,
      value: ['neglect'],
    });
    expect(parseConcernCategories({ concernCategories: 'witchcraft' })).toMatchObject({ ok: false });
  });

  it('reads an adult, with an optional date of birth', () => {
    const adult = {
      firstName: 'Casey',
      lastName: 'Example',
      relationshipToChildren: 'mother',
      livesWithChildren: 'yes',
    };
    expect(parseAdult(adult, today)).toEqual({
      ok: true,
      value: {
        firstName: 'Casey',
        lastName: 'Example',
        relationshipToChildren: 'mother',
        livesWithChildren: true,
        dateOfBirth: undefined,
      },
    });
    expect(parseAdult({ ...adult, 'dateOfBirth-year': '1988' }, today)).toMatchObject({
      ok: false,
      errors: [{ field: 'dateOfBirth-day' }],
    });
  });
});
