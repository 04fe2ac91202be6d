import { Clock } from '@frontdoor/calendar';
import { useServiceTestEnvironment } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import { createIntakeApp } from '../../apps/intake/src/intake.app';
import { createScreeningApp } from '../../apps/screening/src/screening.app';

export interface FrontDoorStack {
  intake: INestApplication;
  screening: INestApplication;
  close(): Promise<void>;
}

/**
 * Intake and screening, in this process, on the real broker and their own test databases.
 * Resolves once screening's consumer has joined its group, so nothing posted afterwards is missed.
 */
export async function startFrontDoorStack(options: { screeningClock?: Clock } = {}): Promise<FrontDoorStack> {
  useServiceTestEnvironment('intake');
  const { app: intake, events: intakeEvents } = await createIntakeApp();
  await intake.startAllMicroservices();
  await intake.init();
  await intakeEvents.joined;

  useServiceTestEnvironment('screening');
  const { app: screening, events } = await createScreeningApp({ clock: options.screeningClock });
  await screening.startAllMicroservices();
  await screening.init();
  await events.joined;

  return {
    intake,
    screening,
    async close() {
      await screening.close();
      await intake.close();
    },
  };
}
