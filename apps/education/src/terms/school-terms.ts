/**
 * School terms as the attendance figures use them. Real term dates differ a little by school and
 * year; attendance is reported by term, so fixed census-style boundaries are enough here:
 * autumn 1 September to 31 December, spring 1 January to 31 March, summer 1 April to 31 August.
 */
export type TermName = 'autumn' | 'spring' | 'summer';

export interface SchoolTerm {
  /** '2026/27' */
  academicYear: string;
  term: TermName;
  /** yyyy-MM-dd, first day of the term */
  startsOn: string;
  /** yyyy-MM-dd, last day of the term */
  endsOn: string;
}

/** Half-day sessions in a whole term (two a day; 190 school days a year, 380 sessions). */
export const FULL_TERM_SESSIONS: Readonly<Record<TermName, number>> = { autumn: 142, spring: 116, summer: 122 };

/** The academic year (starting 1 September) a date falls in, as its first calendar year. */
export function academicYearStart(date: string): number {
  const [year, month] = date.slice(0, 10).split('-').map(Number);
  return month >= 9 ? year : year - 1;
}

export function academicYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

export function termOf(date: string): SchoolTerm {
  const start = academicYearStart(date);
  const month = Number(date.slice(5, 7));
  const name: TermName = month >= 9 ? 'autumn' : month <= 3 ? 'spring' : 'summer';
  return termNamed(start, name);
}

export function termNamed(academicYearStartYear: number, term: TermName): SchoolTerm {
  const y = academicYearStartYear;
  const academicYear = academicYearLabel(y);
  switch (term) {
    case 'autumn':
      return { academicYear, term, startsOn: `${y}-09-01`, endsOn: `${y}-12-31` };
    case 'spring':
      return { academicYear, term, startsOn: `${y + 1}-01-01`, endsOn: `${y + 1}-03-31` };
    case 'summer':
      return { academicYear, term, startsOn: `${y + 1}-04-01`, endsOn: `${y + 1}-08-31` };
  }
}

export function previousTerm(term: SchoolTerm): SchoolTerm {
  const start = academicYearStart(term.startsOn);
  if (term.term === 'autumn') return termNamed(start - 1, 'summer');
  if (term.term === 'spring') return termNamed(start, 'autumn');
  return termNamed(start, 'spring');
}

export function sameTerm(
  a: Pick<SchoolTerm, 'academicYear' | 'term'>,
  b: Pick<SchoolTerm, 'academicYear' | 'term'>,
): boolean {
  return a.academicYear === b.academicYear && a.term === b.term;
}

/**
 * The National Curriculum year group in an academic year: Reception (0) for children who were 4
 * on 1 September, Year 1 for 5, ... Year 13 for 17. Negative before Reception.
 */
export function yearGroupIn(academicYearStartYear: number, dateOfBirth: string): number {
  return ageOn(`${academicYearStartYear}-09-01`, dateOfBirth) - 4;
}

/** Whole years of age on a day. */
export function ageOn(day: string, dateOfBirth: string): number {
  const [y, m, d] = day.slice(0, 10).split('-').map(Number);
  const [by, bm, bd] = dateOfBirth.slice(0, 10).split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export function yearGroupLabel(yearGroup: number): string {
  return yearGroup === 0 ? 'Reception' : `Year ${yearGroup}`;
}

/** Attendance as a percentage, one decimal place (DfE reports to one decimal). */
export function attendancePercentage(sessionsPossible: number, sessionsAttended: number): number {
  if (sessionsPossible <= 0) return 0;
  return Math.round((sessionsAttended / sessionsPossible) * 1000) / 10;
}

/** DfE: a pupil missing 10% or more of possible sessions is persistently absent. */
export const PERSISTENT_ABSENCE_THRESHOLD = 90;

export function isPersistentlyAbsent(sessionsPossible: number, sessionsAttended: number): boolean {
  return sessionsPossible > 0 && (sessionsAttended / sessionsPossible) * 100 < PERSISTENT_ABSENCE_THRESHOLD;
}
