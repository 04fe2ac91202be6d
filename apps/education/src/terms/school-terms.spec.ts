import {
  academicYearLabel,
  ageOn,
  attendancePercentage,
  isPersistentlyAbsent,
  previousTerm,
  termOf,
  yearGroupIn,
  yearGroupLabel,
} from './school-terms';

describe('school terms', () => {
  it('places a date in its term and academic year', () => {
    expect(termOf('2026-11-23')).toEqual({
      academicYear: '2026/27',
      term: 'autumn',
      startsOn: '2026-09-01',
      endsOn: '2026-12-31',
    });
    expect(termOf('2027-02-01')).toMatchObject({ academicYear: '2026/27', term: 'spring' });
    expect(termOf('2026-07-15')).toMatchObject({ academicYear: '2025/26', term: 'summer' });
    expect(termOf('2026-08-31')).toMatchObject({ academicYear: '2025/26', term: 'summer' });
    expect(termOf('2026-09-01')).toMatchObject({ academicYear: '2026/27', term: 'autumn' });
  });

  it('steps back a term, across the academic year when needed', () => {
    expect(previousTerm(termOf('2026-11-23'))).toMatchObject({ academicYear: '2025/26', term: 'summer' });
    expect(previousTerm(termOf('2027-01-10'))).toMatchObject({ academicYear: '2026/27', term: 'autumn' });
    expect(previousTerm(termOf('2027-05-10'))).toMatchObject({ academicYear: '2026/27', term: 'spring' });
  });

  it('labels academic years across centuries', () => {
    expect(academicYearLabel(2099)).toBe('2099/00');
  });

  it('gives the year group from age on 1 September', () => {
    expect(yearGroupIn(2026, '2018-05-14')).toBe(4); // Ava: Reception 2022
    expect(yearGroupIn(2026, '2016-09-02')).toBe(5); // born 2 September: the oldest in Year 5
    expect(yearGroupIn(2026, '2016-08-31')).toBe(6); // the youngest in Year 6
    expect(yearGroupIn(2026, '2022-03-08')).toBe(0);
    expect(yearGroupIn(2026, '2009-09-01')).toBe(13);
    expect(yearGroupLabel(0)).toBe('Reception');
    expect(yearGroupLabel(9)).toBe('Year 9');
  });

  it('counts whole years of age', () => {
    expect(ageOn('2026-05-13', '2018-05-14')).toBe(7);
    expect(ageOn('2026-05-14', '2018-05-14')).toBe(8);
  });

  it('computes attendance and persistent absence (below 90%)', () => {
    expect(attendancePercentage(142, 128)).toBe(90.1);
    expect(isPersistentlyAbsent(142, 128)).toBe(false);
    expect(attendancePercentage(100, 89)).toBe(89);
    expect(isPersistentlyAbsent(100, 89)).toBe(true);
    expect(isPersistentlyAbsent(100, 90)).toBe(false);
    expect(isPersistentlyAbsent(0, 0)).toBe(false);
    expect(attendancePercentage(0, 0)).toBe(0);
  });
});
