import { CandidatePerson, SubjectIdentity, matchPoliceSubject } from './police-match';
import { areNicknames, editDistance, nameKeysSimilar, nicknamesOf } from './name-similarity';

const subject = (overrides: Partial<SubjectIdentity> = {}): SubjectIdentity => ({
  firstName: 'Zoë',
  lastName: "O'Brien-Smith",
  dateOfBirth: '2016-04-12',
  postcode: 'm33 7zz',
  ...overrides,
});

const person = (personId: string, overrides: Partial<CandidatePerson> = {}): CandidatePerson => ({
  personId,
  names: [{ firstNameKey: 'zoe', lastNameKey: 'obriensmith' }],
  dateOfBirth: '2016-04-12',
  postcode: 'M33 7ZZ',
  safePostcode: null,
  ...overrides,
});

describe('matchPoliceSubject', () => {
  it('matches on normalised name, date of birth and postcode', () => {
    expect(matchPoliceSubject(subject(), [person('p1')])).toEqual({
      matched: true,
      personId: 'p1',
      matchedOn: 'name-dob-postcode',
    });
  });

  it('matches on name and date of birth when either side has no postcode', () => {
    expect(matchPoliceSubject(subject({ postcode: undefined }), [person('p1')])).toMatchObject({
      matched: true,
      matchedOn: 'name-dob',
    });
    expect(matchPoliceSubject(subject(), [person('p1', { postcode: null })])).toMatchObject({
      matched: true,
      matchedOn: 'name-dob',
    });
  });

  it('matches a recorded alias as well as the recorded name', () => {
    const aliased = person('p1', {
      names: [
        { firstNameKey: 'zoe', lastNameKey: 'jones' },
        { firstNameKey: 'zoe', lastNameKey: 'obriensmith' },
      ],
    });
    expect(matchPoliceSubject(subject(), [aliased])).toMatchObject({ matched: true, personId: 'p1' });
  });

  it('does not match when the postcodes differ, but counts the record as a possible match', () => {
    expect(matchPoliceSubject(subject(), [person('p1', { postcode: 'WA14 2QQ' })])).toEqual({
      matched: false,
      reason: expect.stringContaining('different postcode'),
      possibleMatches: 1,
    });
  });

  it("matches on a victim's safe-address postcode without confirming it in matchedOn", () => {
    const inRefuge = person('p1', { postcode: 'WA14 2QQ', safePostcode: 'M33 7ZZ' });
    expect(matchPoliceSubject(subject(), [inRefuge])).toEqual({ matched: true, personId: 'p1', matchedOn: 'name-dob' });
  });

  it('never matches without a date of birth', () => {
    expect(matchPoliceSubject(subject({ dateOfBirth: undefined }), [person('p1')])).toMatchObject({
      matched: false,
      possibleMatches: 0,
    });
    expect(matchPoliceSubject(subject({ dateOfBirth: '12/04/2016' }), [person('p1')])).toMatchObject({
      matched: false,
    });
  });

  it('does not match a different date of birth', () => {
    expect(matchPoliceSubject(subject(), [person('p1', { dateOfBirth: '2016-04-13' })])).toEqual({
      matched: false,
      reason: 'No police record has this name and date of birth.',
      possibleMatches: 0,
    });
  });

  it('refuses to choose between two equal records', () => {
    expect(matchPoliceSubject(subject(), [person('p1'), person('p2')])).toEqual({
      matched: false,
      reason: expect.stringContaining('2 police records'),
      possibleMatches: 2,
    });
  });

  it('prefers the one record at the same postcode over an equal record elsewhere', () => {
    expect(matchPoliceSubject(subject(), [person('p1'), person('p2', { postcode: 'WA14 2QQ' })])).toMatchObject({
      matched: true,
      personId: 'p1',
    });
  });

  it.each([
    ['a nickname', { firstNameKey: 'bill', lastNameKey: 'obriensmith' }, { firstName: 'William' }],
    ['a transposed letter', { firstNameKey: 'zeo', lastNameKey: 'obriensmith' }, {}],
    ['a misspelt surname', { firstNameKey: 'zoe', lastNameKey: 'obriensmyth' }, {}],
    ['first and last name swapped', { firstNameKey: 'obriensmith', lastNameKey: 'zoe' }, {}],
  ])('never matches %s automatically, but counts a possible match', (_label, names, asked) => {
    expect(matchPoliceSubject(subject(asked), [person('p1', { names: [names] })])).toEqual({
      matched: false,
      reason: expect.stringContaining('similar name'),
      possibleMatches: 1,
    });
  });

  it('does not count an unrelated name with the same birthday as a possible match', () => {
    const other = person('p1', { names: [{ firstNameKey: 'amir', lastNameKey: 'khan' }] });
    expect(matchPoliceSubject(subject(), [other])).toMatchObject({ matched: false, possibleMatches: 0 });
  });
});

describe('name similarity', () => {
  it('measures one transposition, insertion, deletion or substitution as one edit', () => {
    expect(editDistance('john', 'jonh')).toBe(1);
    expect(editDistance('john', 'jon')).toBe(1);
    expect(editDistance('john', 'joan')).toBe(1);
    expect(editDistance('john', 'john')).toBe(0);
    expect(editDistance('smith', 'smyth')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('knows common short forms both ways', () => {
    expect(areNicknames('William', 'Bill')).toBe(true);
    expect(areNicknames('bill', 'william')).toBe(true);
    expect(areNicknames('William', 'Robert')).toBe(false);
    expect(nicknamesOf('Liz')).toContain('elizabeth');
  });

  it('treats short names strictly: one letter apart is not similar below four letters', () => {
    expect(nameKeysSimilar('tom', 'tim')).toBe(false);
    expect(nameKeysSimilar('zoe', 'zeo')).toBe(true);
    expect(nameKeysSimilar('jake', 'jane')).toBe(true);
    expect(nameKeysSimilar('', 'jane')).toBe(false);
  });
});
