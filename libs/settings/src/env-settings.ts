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

  /** One of `allowed`; the fallback when unset or empty. */
  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return fallback;
    if (!(allowed as readonly string[]).includes(raw)) {
      throw new Error(`${name} must be one of ${allowed.join(', ')}, got '${raw}'`);
    }
    return raw as T;
  }

  /** Free text (a host name, an address); the fallback when unset or empty. */
  text(name: string, fallback: string): string {
    return this.env[name] || fallback;
  }

  /** Text that must be set (a secret, an id). The message names the setting, never its value. */
  requiredText(name: string, why: string): string {
    const value = this.env[name];
    if (!value) throw new Error(`${name} must be set ${why}`);
    return value;
  }
}
