import Holidays from 'date-holidays';

export interface BankHoliday {
  /** The calendar date in England, 'yyyy-MM-dd'. */
  date: string;
  name: string;
}

// One shared instance: the rules are the same for every calendar and loading them is not free.
let englandAndWales: Holidays | undefined;
const holidaysByYear = new Map<number, ReadonlyMap<string, string>>();

/**
 * Bank holidays in England and Wales for one year, substitute days included
 * (e.g. 28 December 2026 for Boxing Day falling on a Saturday).
 */
export function bankHolidaysIn(year: number): BankHoliday[] {
  return [...holidayNamesByDate(year)].map(([date, name]) => ({ date, name }));
}

/** The bank holiday's name on an English calendar date ('yyyy-MM-dd'), if it is one. */
export function bankHolidayOn(isoDate: string): string | undefined {
  const year = Number(isoDate.slice(0, 4));
  return holidayNamesByDate(year).get(isoDate);
}

function holidayNamesByDate(year: number): ReadonlyMap<string, string> {
  let names = holidaysByYear.get(year);
  if (!names) {
    englandAndWales ??= new Holidays('GB', 'ENG');
    names = new Map(
      englandAndWales
        .getHolidays(year)
        // date-holidays also lists observances (Mother's Day, Easter Sunday): offices open then.
        .filter((holiday) => holiday.type === 'public')
        // `date` is the local date in the country's own time zone, 'yyyy-MM-dd 00:00:00'.
        .map((holiday) => [holiday.date.slice(0, 10), holiday.name] as const),
    );
    holidaysByYear.set(year, names);
  }
  return names;
}
