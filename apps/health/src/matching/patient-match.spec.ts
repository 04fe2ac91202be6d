import { formatNhsNumber, generateNhsNumber, seededRandom } from '@frontdoor/identifiers';
import { PatientKeys, choosePatient, lookupKeys } from './patient-match';

const rng = seededRandom(7);
const AVA_NHS = generateNhsNumber(rng);
const OTHER_NHS = generateNhsNumber(rng);

const ava: PatientKeys = {
  patientId: 'patient-ava',
  nhsNumber: AVA_NHS,
  firstNameKey: 'ava',
  lastNameKey: 'sampleton',
  dateOfBirth: '2018-05-14',
  postcode: 'M33 9ZZ',
};

describe('lookupKeys', () => {
  it('keeps an NHS number only when it passes the check digit, without its spaces', () => {
    expect(lookupKeys({ firstName: 'A', lastName: 'B', nhsNumber: formatNhsNumber(AVA_NHS) }).nhsNumber).toBe(AVA_NHS);
    const wrongCheckDigit = AVA_NHS.slice(0, 9) + String((Number(AVA_NHS[9]) + 1) % 10);
    expect(lookupKeys({ firstName: 'A', lastName: 'B', nhsNumber: wrongCheckDigit }).nhsNumber).toBeUndefined();
    expect(lookupKeys({ firstName: 'A', lastName: 'B', nhsNumber: '0000000000' }).nhsNumber).toBeUndefined();
  });

  it('normalises names and postcode, and needs a date of birth for a name key', () => {
    expect(
      lookupKeys({ firstName: ' Zoë ', lastName: "O'Brien", dateOfBirth: '2019-01-02', postcode: 'm339zz' }),
    ).toEqual({
      nameAndBirth: { firstNameKey: 'zoe', lastNameKey: 'obrien', dateOfBirth: '2019-01-02' },
      postcode: 'M33 9ZZ',
    });
    expect(lookupKeys({ firstName: 'Zoe', lastName: 'Obrien' }).nameAndBirth).toBeUndefined();
  });
});

describe('choosePatient', () => {
  it('matches on the NHS number however it is typed, even when the name is spelt differently', () => {
    expect(
      choosePatient({ firstName: 'Avah', lastName: 'Sampleton', nhsNumber: formatNhsNumber(AVA_NHS) }, [ava]),
    ).toEqual({
      outcome: 'matched',
      patientId: 'patient-ava',
      matchedOn: 'nhs-number',
    });
    // A new surname, same date of birth: still her.
    expect(
      choosePatient({ firstName: 'Ava', lastName: 'Newname', dateOfBirth: '2018-05-14', nhsNumber: AVA_NHS }, [ava]),
    ).toMatchObject({ outcome: 'matched', matchedOn: 'nhs-number' });
  });

  it('does not trust an NHS number that belongs to someone with another surname and date of birth', () => {
    expect(
      choosePatient({ firstName: 'Leo', lastName: 'Demoford', dateOfBirth: '2016-09-02', nhsNumber: AVA_NHS }, [ava]),
    ).toEqual({ outcome: 'unconfirmed', reason: 'nhs-number-details-differ', candidateIds: ['patient-ava'] });
  });

  it('matches on exact normalised name, date of birth and postcode when there is no NHS number', () => {
    expect(
      choosePatient({ firstName: 'AVA', lastName: 'Sample-ton', dateOfBirth: '2018-05-14', postcode: 'm33 9zz' }, [
        ava,
      ]),
    ).toEqual({ outcome: 'matched', patientId: 'patient-ava', matchedOn: 'name-dob-postcode' });
  });

  it('never matches on a name alone, nor on a near miss', () => {
    // No date of birth: nothing to go on.
    expect(choosePatient({ firstName: 'Ava', lastName: 'Sampleton', postcode: 'M33 9ZZ' }, [ava])).toEqual({
      outcome: 'insufficient-identifiers',
    });
    // No postcode: found, but not confirmed.
    expect(choosePatient({ firstName: 'Ava', lastName: 'Sampleton', dateOfBirth: '2018-05-14' }, [ava])).toEqual({
      outcome: 'unconfirmed',
      reason: 'postcode-unknown',
      candidateIds: ['patient-ava'],
    });
    // Another postcode.
    expect(
      choosePatient({ firstName: 'Ava', lastName: 'Sampleton', dateOfBirth: '2018-05-14', postcode: 'M41 0ZZ' }, [ava]),
    ).toMatchObject({ outcome: 'unconfirmed', reason: 'postcode-differs' });
    // A transposed letter and a nickname are other names.
    for (const firstName of ['Ava', 'Aav']) {
      const lastName = firstName === 'Ava' ? 'Smapleton' : 'Sampleton';
      expect(choosePatient({ firstName, lastName, dateOfBirth: '2018-05-14', postcode: 'M33 9ZZ' }, [ava])).toEqual({
        outcome: 'not-found',
      });
    }
    // Another date of birth.
    expect(
      choosePatient({ firstName: 'Ava', lastName: 'Sampleton', dateOfBirth: '2018-05-15', postcode: 'M33 9ZZ' }, [ava]),
    ).toEqual({ outcome: 'not-found' });
  });

  it('does not pick between patients who share name, date of birth and postcode', () => {
    const twinRecord = { ...ava, patientId: 'patient-ava-2', nhsNumber: OTHER_NHS };
    expect(
      choosePatient({ firstName: 'Ava', lastName: 'Sampleton', dateOfBirth: '2018-05-14', postcode: 'M33 9ZZ' }, [
        ava,
        twinRecord,
      ]),
    ).toEqual({ outcome: 'unconfirmed', reason: 'several-patients', candidateIds: ['patient-ava', 'patient-ava-2'] });
  });

  it('does not match by name when the request gives an NHS number the patient found by name does not have', () => {
    expect(
      choosePatient(
        {
          firstName: 'Ava',
          lastName: 'Sampleton',
          dateOfBirth: '2018-05-14',
          postcode: 'M33 9ZZ',
          nhsNumber: OTHER_NHS,
        },
        [ava],
      ),
    ).toEqual({ outcome: 'unconfirmed', reason: 'nhs-number-conflict', candidateIds: ['patient-ava'] });
  });

  it('falls back to name, date of birth and postcode when the NHS number fails its check digit', () => {
    const typo = AVA_NHS.slice(0, 9) + String((Number(AVA_NHS[9]) + 1) % 10);
    expect(
      choosePatient(
        { firstName: 'Ava', lastName: 'Sampleton', dateOfBirth: '2018-05-14', postcode: 'M33 9ZZ', nhsNumber: typo },
        [ava],
      ),
    ).toMatchObject({ outcome: 'matched', matchedOn: 'name-dob-postcode' });
  });

  it('says not found when nobody has the NHS number or the name', () => {
    expect(choosePatient({ firstName: 'Nobody', lastName: 'Known', nhsNumber: OTHER_NHS }, [])).toEqual({
      outcome: 'not-found',
    });
    expect(
      choosePatient({ firstName: 'Nobody', lastName: 'Known', dateOfBirth: '2020-01-01', postcode: 'M33 9ZZ' }, []),
    ).toEqual({
      outcome: 'not-found',
    });
  });
});
