import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/**
 * An action is overdue once its due date (a London calendar date) has passed and it is neither
 * done nor cancelled. Due "today" is not yet overdue.
 */
export function isOverdue(action: { dueDate: string; status: string }, now: Date, timeZone = 'Europe/London'): boolean {
  if (action.status === 'done' || action.status === 'cancelled') return false;
  const today = format(new TZDate(now.getTime(), timeZone), 'yyyy-MM-dd');
  return action.dueDate < today;
}
