import { slaBreachesProvider } from '@frontdoor/observability';
import { DataSource } from 'typeorm';

/** MARAC actions past their due date (a London calendar date), as `GET /actions/overdue` counts them. */
export const overdueActionsMetrics = slaBreachesProvider(
  [{ measure: 'marac-action' }],
  [DataSource],
  (dataSource: DataSource) => async () => {
    const [overdue]: { count: number }[] = await dataSource.query(
      `SELECT count(*)::int AS count FROM marac_actions
        WHERE status NOT IN ('done', 'cancelled') AND due_date < (now() AT TIME ZONE 'Europe/London')::date`,
    );
    return [{ measure: 'marac-action', count: overdue.count }];
  },
);
