import { Role } from '@frontdoor/auth';

/** Who works the front door's cases; auditors read everything and change nothing. */
export const CASE_READERS = [Role.Screener, Role.Manager, Role.Auditor] as const;
export const DECIDERS = [Role.Screener, Role.Manager] as const;
/** The out-of-hours queue: the emergency duty team works it; managers and auditors oversee it. */
export const EMERGENCY_DUTY_READERS = [Role.EmergencyDutySocialWorker, Role.Manager, Role.Auditor] as const;
