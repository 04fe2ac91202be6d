import { Role } from '@frontdoor/auth';

/** Who in the health service reviews and answers the front door's requests. */
export const HEALTH_PRACTITIONERS: Role[] = [Role.HealthPractitioner];
