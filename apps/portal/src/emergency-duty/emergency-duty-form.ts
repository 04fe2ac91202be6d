import { EmergencyDutyAction } from '@frontdoor/contracts';
import type { RecordEmergencyDuty } from '../clients/screening.client';
import { required, type FieldError, type FormBody, type Parsed } from '../referrals/referral-answers';

const ACTIONS: readonly string[] = Object.values(EmergencyDutyAction);

/** What the emergency duty team did (at least one ticked) and what happened, in its own words. */
export function parseEmergencyDutyRecord(body: FormBody): Parsed<RecordEmergencyDuty> {
  const errors: FieldError[] = [];
  const ticked = ([] as unknown[]).concat(body.actions ?? []).filter((v): v is string => typeof v === 'string');
  const actions = [...new Set(ticked.filter((action) => ACTIONS.includes(action)))];
  if (actions.length === 0) errors.push({ field: 'actions', text: 'Select what the emergency duty team did' });
  const summary = required(body, 'summary', 'Enter what happened and how the child is', errors, 4_000);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { actions, summary } };
}

/** "1 hour 30 minutes left", "overdue by 45 minutes": the elapsed-hours clock in words. */
export function elapsedTimeLeft(hoursLeft: number): string {
  const totalMinutes = Math.round(Math.abs(hoursLeft) * 60);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const parts = [
    ...(hours > 0 ? [`${hours} ${hours === 1 ? 'hour' : 'hours'}`] : []),
    ...(minutes > 0 || hours === 0 ? [`${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`] : []),
  ].join(' ');
  return hoursLeft < 0 ? `overdue by ${parts}` : `${parts} left`;
}
