import { Clock, systemClock } from '@frontdoor/calendar';
import { Global, Module } from '@nestjs/common';

/** Injection token for the clock, so tests can hold time still. */
export const CLOCK = Symbol('CLOCK');
export { Clock, systemClock };

export const DEFAULT_INCIDENT_LOOKBACK_YEARS = 2;

/**
 * What GMP shares by local agreement, read from the environment and checked at boot so that a
 * bad value stops the service rather than over- or under-sharing.
 */
export class PolicePolicy {
  constructor(
    /** Incidents involving the household are shared from this many years back. */
    readonly incidentLookbackYears: number = DEFAULT_INCIDENT_LOOKBACK_YEARS,
  ) {}

  static fromEnv(env: NodeJS.ProcessEnv = process.env): PolicePolicy {
    const raw = env.POLICE_INCIDENT_LOOKBACK_YEARS;
    if (raw === undefined || raw === '') return new PolicePolicy();
    const years = Number(raw);
    if (!Number.isInteger(years) || years < 1 || years > 50) {
      throw new Error(`POLICE_INCIDENT_LOOKBACK_YEARS must be a whole number of years from 1 to 50, got "${raw}"`);
    }
    return new PolicePolicy(years);
  }
}

/** Global, so the records adapter (provided inside the information-sharing module) can inject them. */
@Global()
@Module({
  providers: [
    { provide: PolicePolicy, useFactory: () => PolicePolicy.fromEnv() },
    { provide: CLOCK, useValue: systemClock },
  ],
  exports: [PolicePolicy, CLOCK],
})
export class PolicePolicyModule {}
