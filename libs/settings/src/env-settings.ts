import { parseClockTime } from '@frontdoor/calendar';

/**
 * Reads a service's local policy from the environment, checked at boot: a value that is set but
 * wrong stops the service with a message naming the setting, rather than running on a guess.
 */
export class EnvSettings {
  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  /** A whole number within [min, max]; the fallback when unset or empty. */
  wholeNumber(name: string, fallback: number, min: number, max: number): number {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new Error(`${name} must be a whole number from ${min} to ${max}, got '${raw}'`);
    }
    return value;
  }

  /** A clock time 'HH:mm'; the fallback when unset or empty. */
  clockTime(name: string, fallback: string): string {
    const value = this.env[name] || fallback;
    try {
      parseClockTime(value);
    } catch {
      throw new Error(`${name} must be HH:mm, got '${value}'`);
    }
    return value;
  }
}
