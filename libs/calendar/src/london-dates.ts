const LONDON_LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});

/** "12 April 2017" (GOV.UK style), the day as it was in London: what people are told in words. */
export function londonLongDate(date: Date): string {
  return LONDON_LONG_DATE.format(date);
}
