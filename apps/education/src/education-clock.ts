import { systemClock } from '@frontdoor/calendar';
import { Global, Module } from '@nestjs/common';
import { EDUCATION_CLOCK } from './records/education-records';

/**
 * "Now" for education's records (which term is current, which exclusions are recent). Global,
 * because the records adapter is instantiated inside the information-sharing module; tests
 * override EDUCATION_CLOCK with a ManualClock.
 */
@Global()
@Module({
  providers: [{ provide: EDUCATION_CLOCK, useValue: systemClock }],
  exports: [EDUCATION_CLOCK],
})
export class EducationClockModule {}
