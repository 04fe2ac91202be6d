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

  it('reads one of a list of values, and names the setting and the choices when it is another', () => {
    expect(new EnvSettings({ S: 'smtp' }).oneOf('S', ['notify', 'smtp'], 'notify')).toBe('smtp');
    expect(new EnvSettings({ S: '' }).oneOf('S', ['notify', 'smtp'], 'notify')).toBe('notify');
    expect(() => new EnvSettings({ S: 'fax' }).oneOf('S', ['notify', 'smtp'], 'notify')).toThrow(
      "S must be one of notify, smtp, got 'fax'",
    );
  });

  it('reads text, and refuses to start without a required value without printing it', () => {
    expect(new EnvSettings({ H: 'mail.example' }).text('H', 'localhost')).toBe('mail.example');
    expect(new EnvSettings({}).text('H', 'localhost')).toBe('localhost');
    expect(new EnvSettings({ K: 'secret' }).requiredText('K', 'for Notify')).toBe('secret');
    expect(() => new EnvSettings({ K: '' }).requiredText('K', 'for Notify')).toThrow('K must be set for Notify');
  });
});
