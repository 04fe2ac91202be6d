import { ageInYears, childAge } from './child-age';

describe('ageInYears', () => {
  const at = new Date('2026-06-15T11:00:00Z');

  it.each<[string | undefined, number | null]>([
    ['2016-06-15', 10], // birthday today
    ['2016-06-16', 9], // birthday tomorrow
    ['2016-06-14', 10],
    ['2026-06-15', 0], // born today
    ['2025-06-16', 0],
    ['2024-06-15', 2],
    ['2016-06-15T00:00:00Z', 10], // a date-time still gives its date
    [undefined, null],
    ['', null],
    ['15/06/2016', null],
    ['2016-02-30', null], // not a real date
    ['2026-06-16', null], // in the future: a recording error, not an age
  ])('born %s is %s', (dateOfBirth, years) => {
    expect(ageInYears(dateOfBirth, at)).toBe(years);
  });

  it('uses the date in England, not UTC', () => {
    // 23:30 UTC on 14 June is 00:30 on 15 June in London (BST): the birthday has come.
    expect(ageInYears('2016-06-15', new Date('2026-06-14T23:30:00Z'))).toBe(10);
  });

  it('gives someone born on 29 February their birthday on 1 March in other years', () => {
    expect(ageInYears('2020-02-29', new Date('2027-02-28T12:00:00Z'))).toBe(6);
    expect(ageInYears('2020-02-29', new Date('2027-03-01T12:00:00Z'))).toBe(7);
    expect(ageInYears('2020-02-29', new Date('2028-02-29T12:00:00Z'))).toBe(8);
  });
});

describe('childAge', () => {
  const at = new Date('2026-06-15T11:00:00Z');

  it('is the age in years for a known date of birth', () => {
    expect(childAge({ dateOfBirthStatus: 'known', dateOfBirth: '2020-01-01' }, at)).toEqual({
      years: 6,
      unborn: false,
    });
  });

  it('is 0 and unborn for an unborn child, so rules about the youngest children apply', () => {
    expect(childAge({ dateOfBirthStatus: 'unborn', expectedDateOfBirth: '2026-09-01' }, at)).toEqual({
      years: 0,
      unborn: true,
    });
  });

  it('stays unborn after the expected date until the record is updated', () => {
    expect(childAge({ dateOfBirthStatus: 'unborn', expectedDateOfBirth: '2026-01-01' }, at)).toEqual({
      years: 0,
      unborn: true,
    });
  });

  it('is null (not 0) when the date of birth is unknown', () => {
    expect(childAge({ dateOfBirthStatus: 'unknown' }, at)).toEqual({ years: null, unborn: false });
    expect(childAge({ dateOfBirthStatus: 'known' }, at)).toEqual({ years: null, unborn: false });
  });
});
