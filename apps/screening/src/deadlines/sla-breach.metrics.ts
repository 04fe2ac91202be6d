import { slaBreachesProvider } from '@frontdoor/observability';
import { DataSource } from 'typeorm';

/** Cases still undecided after their decision deadline, and agency answers escalated as late. */
export const screeningSlaBreaches = slaBreachesProvider(
  [
    { measure: 'screening-decision', rags: ['red', 'amber', 'green'] },
    { measure: 'information-request', rags: ['none'] },
  ],
  [DataSource],
  (dataSource: DataSource) => async () => {
    const cases: { rag: string; count: number }[] = await dataSource.query(
      `SELECT rag, count(*)::int AS count FROM screening_cases
        WHERE status IN ('open', 'awaiting-approval') AND decision_deadline < now() GROUP BY rag`,
    );
    const [late]: { count: number }[] = await dataSource.query(
      `SELECT count(*)::int AS count FROM information_requests
        WHERE status = 'requested' AND escalated_at IS NOT NULL`,
    );
    return [
      ...cases.map(({ rag, count }) => ({ measure: 'screening-decision', rag, count })),
      { measure: 'information-request', count: late.count },
    ];
  },
);
