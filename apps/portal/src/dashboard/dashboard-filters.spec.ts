import { readDashboardFilters } from './dashboard-filters';

const today = '2026-11-23';
const period = (from: string[], to: string[], source = '') => ({
  'from-day': from[0],
  'from-month': from[1],
  'from-year': from[2],
  'to-day': to[0],
  'to-month': to[1],
  'to-year': to[2],
  source,
});

describe('readDashboardFilters', () => {
  it('defaults to the last 30 days, shown in the boxes', () => {
    const read = readDashboardFilters({}, today);
    expect(read).toMatchObject({ ok: true, filters: { from: '2026-10-25', to: today } });
    expect(read.values.from).toEqual({ day: '25', month: '10', year: '2026' });
  });

  it('reads a period and a source', () => {
    expect(readDashboardFilters(period(['1', '11', '2026'], ['7', '11', '2026'], 'school'), today)).toMatchObject({
      ok: true,
      filters: { from: '2026-11-01', to: '2026-11-07', source: 'school' },
    });
  });

  it('names each bad date for the error summary and keeps what was typed', () => {
    const read = readDashboardFilters(period(['31', '2', '2026'], ['', '11', '2026']), today);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors).toEqual([
      { field: 'from-day', text: 'The start date must be a real date' },
      { field: 'to-day', text: 'The end date must include a day' },
    ]);
    expect(read.values.from).toEqual({ day: '31', month: '2', year: '2026' });
  });

  it('refuses a period that runs backwards, lies in the future or is too long', () => {
    const errorsOf = (query: Record<string, string>) => {
      const read = readDashboardFilters(query, today);
      return read.ok ? [] : read.errors.map((error) => error.text);
    };
    expect(errorsOf(period(['9', '11', '2026'], ['1', '11', '2026']))).toEqual([
      'The end date must be the same as or after the start date',
    ]);
    expect(errorsOf(period(['1', '11', '2026'], ['1', '12', '2026']))).toEqual([
      'The end date must be today or in the past',
    ]);
    expect(errorsOf(period(['1', '1', '2024'], ['1', '11', '2026']))).toEqual([
      'The period must be 366 days or shorter',
    ]);
  });

  it('refuses a source that is not on the list', () => {
    const read = readDashboardFilters({ source: 'carrier-pigeon' }, today);
    expect(read).toMatchObject({ ok: false, errors: [{ field: 'source', text: 'Select a source from the list' }] });
  });
});
