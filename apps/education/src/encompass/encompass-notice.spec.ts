import { IncidentChildV1 } from '@frontdoor/contracts';
import {
  ADDRESS_WITHHELD,
  NAME_WITHHELD,
  POSTCODE_WITHHELD,
  childIdentity,
  isEncompassIncident,
  notOfSchoolAge,
  safeguardingInformation,
} from './encompass-notice';

const adults = [
  { firstName: 'Casey', lastName: 'Example' },
  { firstName: 'Jordan', lastName: 'Smithson' },
];

describe('Operation Encompass notices', () => {
  it('are made for domestic abuse incidents only', () => {
    expect(isEncompassIncident({ type: 'domestic-abuse' })).toBe(true);
    expect(isEncompassIncident({ type: 'missing-child' })).toBe(false);
    expect(isEncompassIncident({ type: 'child-concern' })).toBe(false);
    expect(isEncompassIncident({ type: 'other-vulnerability' })).toBe(false);
  });

  it('match the child on what police give: name, date of birth, UPN and postcode, never the NHS number', () => {
    const child: IncidentChildV1 = {
      firstName: 'Sam',
      lastName: 'Example',
      dateOfBirth: '2017-04-12',
      upn: 'A123456789012',
      nhsNumber: '943 476 5919',
      postcode: 'M33 7ZZ',
      present: true,
      wordsAndViews: 'I hid under the bed',
    };
    expect(childIdentity(child)).toEqual({
      firstName: 'Sam',
      lastName: 'Example',
      dateOfBirth: '2017-04-12',
      upn: 'A123456789012',
      postcode: 'M33 7ZZ',
    });
  });

  it('say why a child is on no roll when their age alone explains it', () => {
    const friday = new Date('2026-08-28T19:00:00Z'); // academic year 2025/26
    expect(notOfSchoolAge({ dateOfBirth: '2023-01-01' }, friday)).toMatch(/Not yet of school age/);
    expect(notOfSchoolAge({ dateOfBirth: '2021-08-31' }, friday)).toBeUndefined(); // Reception in 2025/26
    expect(notOfSchoolAge({ dateOfBirth: '2021-09-02' }, friday)).toMatch(/Not yet of school age/);
    expect(notOfSchoolAge({ dateOfBirth: '2007-09-02' }, friday)).toBeUndefined(); // Year 13
    expect(notOfSchoolAge({ dateOfBirth: '2007-08-31' }, friday)).toMatch(/Past school age/);
    expect(notOfSchoolAge({}, friday)).toBeUndefined();
    // The academic year is London's: 00:30 on 1 September 2026 (23:30 UTC on 31 August) is 2026/27.
    expect(notOfSchoolAge({ dateOfBirth: '2022-08-31' }, new Date('2026-08-31T23:30:00Z'))).toBeUndefined();
    expect(notOfSchoolAge({ dateOfBirth: '2022-08-31' }, new Date('2026-08-31T22:30:00Z'))).toMatch(/Not yet/);
    // The reason names nobody and no date.
    expect(notOfSchoolAge({ dateOfBirth: '2023-01-01' }, friday)).not.toMatch(/\d{4}/);
  });

  describe('safeguarding information', () => {
    const restrictions = { adults, childLastNames: ['Example'], addressLines: [] };

    it('keeps what happened and withholds the adults’ names', () => {
      const text = safeguardingInformation(
        'Officers attended; Casey Example had a facial injury and said Jordan Smithson pushed her. ' +
          'Smithson left before police arrived. CASEY was tearful. Sam Example was in the room.',
        restrictions,
      );
      expect(text).toBe(
        `Officers attended; ${NAME_WITHHELD} had a facial injury and said ${NAME_WITHHELD} pushed her. ` +
          `${NAME_WITHHELD} left before police arrived. ${NAME_WITHHELD} was tearful. Sam Example was in the room.`,
      );
    });

    it('leaves the surname the child shares, and words that only look like a name', () => {
      const text = safeguardingInformation('Mr Example shouted; police may return. Sam heard it.', {
        adults: [{ firstName: 'May', lastName: 'Example' }],
        childLastNames: ['Example'],
        addressLines: [],
      });
      expect(text).toBe('Mr Example shouted; police may return. Sam heard it.');
    });

    it('withholds postcodes and the addresses the service holds for the pupil, the safe address above all', () => {
      const text = safeguardingInformation(
        'Attended at 1 haven place, m32 0yz (a refuge); previously at 12 Old Mill Road M337ZZ.',
        { adults: [], childLastNames: [], addressLines: ['12 Old Mill Road', '1 Haven Place', null] },
      );
      expect(text).toBe(
        `Attended at ${ADDRESS_WITHHELD}, ${POSTCODE_WITHHELD} (a refuge); previously at ${ADDRESS_WITHHELD} ${POSTCODE_WITHHELD}.`,
      );
      expect(text).not.toMatch(/haven|m32|mill/i);
    });

    it('withholds street addresses written in the summary', () => {
      const text = safeguardingInformation(
        "Called to 12 Example Road, Sale; earlier at Flat 3, 41 Makebelieve Road and 7a St Mary's Close. " +
          'Police stayed 2 hours. Sam is in Year 4 Class 2.',
        { adults: [], childLastNames: [], addressLines: [] },
      );
      expect(text).toBe(
        `Called to ${ADDRESS_WITHHELD}, Sale; earlier at ${ADDRESS_WITHHELD} and ${ADDRESS_WITHHELD}. ` +
          'Police stayed 2 hours. Sam is in Year 4 Class 2.',
      );
    });

    it('changes nothing in a summary that names no adult and no place', () => {
      const summary = 'Officers attended a report of shouting; the victim had a facial injury. Sam was present.';
      expect(safeguardingInformation(summary, restrictions)).toBe(summary);
    });
  });
});
