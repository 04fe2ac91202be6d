import { slaBreachesProvider } from '@frontdoor/observability';
import { DataSource } from 'typeorm';

const RAGS = ['red', 'amber', 'green'];

/** Discussions not held by their due time, and held ones whose record was not circulated in time. */
export const overdueDiscussionsMetrics = slaBreachesProvider(
  [
    { measure: 'strategy-discussion', rags: RAGS },
    { measure: 'strategy-record-circulation', rags: RAGS },
  ],
  [DataSource],
  (dataSource: DataSource) => () =>
    dataSource.query(
      `SELECT 'strategy-discussion' AS measure, rag, count(*)::int AS count FROM strategy_discussions
        WHERE outcome IS NULL AND due_by < now() GROUP BY rag
       UNION ALL
       SELECT 'strategy-record-circulation', rag, count(*)::int FROM strategy_discussions
        WHERE record_due_by < now() AND record_circulated_at IS NULL GROUP BY rag`,
    ),
);
