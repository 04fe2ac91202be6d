/** Injection token for intake's clock, so tests can move time (an email's next attempt). */
export const INTAKE_CLOCK = Symbol('INTAKE_CLOCK');
