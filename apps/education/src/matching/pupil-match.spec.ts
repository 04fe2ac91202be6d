import { generateUpn, seededRandom } from '@frontdoor/identifiers';
import { PupilIdentity, choosePupilMatch, pupilLookupKeys } from './pupil-match';

const rng = seededRandom(7);
const UPN_A = generateUpn(rng);
const UPN_B = generateUpn(rng);

const ava: PupilIdentity = {
  pupilId: 'pupil-ava',
  upn: UPN_A,
  firstNameKey: 'ava',
  lastNameKey: 'sampleton',
  dateOfBirth: '2018-05-14',
  postcode: 'M33 9ZZ',
};
const other: PupilIdentity = {
  ...ava,
  pupilId: 'pupil-other',
  upn: UPN_B,
  firstNameKey: 'leo',
  lastNameKey: 'demoford',
};

describe('choosePupilMatch', () => {
  it('matches on UPN first, whatever the name says (a nickname on the request)', () => {
    const match = choosePupilMatch({ firstName: 'Avie', lastName: 'Sampleton', upn: UPN_A.toLowerCase() }, [
      ava,
      other,
    ]);
    expect(match).toEqual({ pupilId: 'pupil-ava', matchedOn: 'upn' });
  });

  it('refuses a UPN match when the date of birth disagrees', () => {
    const match = choosePupilMatch({ firstName: 'Ava', lastName: 'Sampleton', upn: UPN_A, dateOfBirth: '2018-05-15' }, [
      ava,
    ]);
    expect(match.pupilId).toBeNull();
  });

  it('matches on normalised name and date of birth, with the postcode when both have one', () => {
    expect(
      choosePupilMatch({ firstName: ' AVA ', lastName: 'Sample-ton', dateOfBirth: '2018-05-14', postcode: 'm339zz' }, [
        ava,
        other,
      ]),
    ).toEqual({ pupilId: 'pupil-ava', matchedOn: 'name-dob-postcode' });
    expect(choosePupilMatch({ firstName: 'Ava', lastName: 'Sampleton', dateOfBirth: '2018-05-14' }, [ava])).toEqual({
      pupilId: 'pupil-ava',
      matchedOn: 'name-dob',
    });
  });

  it('does not match when the postcodes differ', () => {
    const match = choosePupilMatch(
      { firstName: 'Ava', lastName: 'Sampleton', dateOfBirth: '2018-05-14', postcode: 'M41 0ZZ' },
      [ava],
    );
    expect(match).toEqual({ pupilId: null, reason: expect.stringContaining('different postcode') });
  });

  it('never guesses on a nickname or a transposed letter', () => {
    expect(
      choosePupilMatch({ firstName: 'Avaa', lastName: 'Sampleton', dateOfBirth: '2018-05-14' }, [ava]).pupilId,
    ).toBeNull();
    expect(
      choosePupilMatch({ firstName: 'Ava', lastName: 'Sapmleton', dateOfBirth: '2018-05-14' }, [ava]).pupilId,
    ).toBeNull();
  });

  it('does not match a name whose pupil holds another UPN than the one on the request', () => {
    const unknownUpn = generateUpn(seededRandom(99));
    const match = choosePupilMatch(
      { firstName: 'Ava', lastName: 'Sampleton', dateOfBirth: '2018-05-14', upn: unknownUpn },
      [ava],
    );
    expect(match).toEqual({ pupilId: null, reason: expect.stringContaining('different UPN') });
  });

  it('ignores a UPN that fails its check letter and falls back to name and date of birth', () => {
    const broken = `${UPN_A[0] === 'A' ? 'B' : 'A'}${UPN_A.slice(1)}`;
    expect(pupilLookupKeys({ firstName: 'Ava', lastName: 'Sampleton', upn: broken }).upn).toBeUndefined();
    expect(
      choosePupilMatch({ firstName: 'Ava', lastName: 'Sampleton', dateOfBirth: '2018-05-14', upn: broken }, [ava]),
    ).toEqual({
      pupilId: 'pupil-ava',
      matchedOn: 'name-dob',
    });
  });

  it('does not choose between two pupils who share name and date of birth', () => {
    const twinish = { ...ava, pupilId: 'pupil-2', upn: UPN_B };
    const match = choosePupilMatch({ firstName: 'Ava', lastName: 'Sampleton', dateOfBirth: '2018-05-14' }, [
      ava,
      twinish,
    ]);
    expect(match).toEqual({ pupilId: null, reason: expect.stringContaining('2 pupils') });
  });

  it('has nothing to match on without a UPN or a date of birth', () => {
    expect(choosePupilMatch({ firstName: 'Ava', lastName: 'Sampleton' }, [ava]).pupilId).toBeNull();
    expect(
      choosePupilMatch({ firstName: 'Ava', lastName: 'Sampleton', dateOfBirth: '14/05/2018' }, [ava]).pupilId,
    ).toBeNull();
  });

  it('says not known when nobody fits, and its reasons name no identifiers', () => {
    const match = choosePupilMatch({ firstName: 'Nobody', lastName: 'Atall', dateOfBirth: '2015-01-01', upn: UPN_B }, [
      ava,
    ]);
    expect(match.pupilId).toBeNull();
    if (match.pupilId === null) {
      expect(match.reason).not.toContain(UPN_B);
      expect(match.reason).not.toContain('Nobody');
    }
  });
});
