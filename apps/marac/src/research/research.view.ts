import { MaracResearch } from './marac-research.entity';

/** An agency's research as the agenda shows it: facts per subject, what was withheld, and when. */
export function researchView(research: MaracResearch, now: Date) {
  return {
    agency: research.agency,
    status: research.status,
    requestedAt: research.requestedAt,
    respondBy: research.respondBy,
    overdue: research.status === 'requested' && research.respondBy.getTime() < now.getTime(),
    answeredAt: research.answeredAt,
    answeredBy: research.answeredBy,
    subjects: research.findings ?? [],
    withheld: research.withheld ?? [],
  };
}
