import { EnvSettings } from './env-settings';

describe('EnvSettings', () => {
  it('reads whole numbers within their range, and falls back when unset or empty', () => {
    const settings = new EnvSettings({ A: '7', B: '' });
    expect(settings.wholeNumber('A', 1, 0, 10)).toBe(7);
    expect(settings.wholeNumber('B', 3, 0, 10)).toBe(3);
    expect(settings.wholeNumber('C', 4, 0, 10)).toBe(4);
  });

  it.each(['11', '-1', '2.5', 'ten'])('refuses %s for a setting from 0 to 10, naming it', (raw) => {
    expect(() => new EnvSettings({ A: raw }).wholeNumber('A', 1, 0, 10)).toThrow(
      `A must be a whole number from 0 to 10, got '${raw}'`,
    );
  });

  it('reads clock times and refuses anything else', () => {
    expect(new EnvSettings({ T: '08:45' }).clockTime('T', '09:00')).toBe('08:45');
    expect(new EnvSettings({}).clockTime('T', '09:00')).toBe('09:00');
    expect(() => new EnvSettings({ T: '25:00' }).clockTime('T', '09:00')).toThrow("T must be HH:mm, got '25:00'");
  });
});
