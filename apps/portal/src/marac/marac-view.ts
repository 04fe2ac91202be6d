import type { MaracCase, MaracResearch } from '../clients/marac.client';
import type { StatusTag } from '../encompass/encompass-view';

/** What marac sends in place of a safe address to anyone but the IDVA and police. */
export const RESTRICTED_MARKER = '[restricted]';

export interface AgendaResearch {
  agency: string;
  tag: StatusTag;
  respondBy: string;
  answeredAt: string | null;
  /** Each finding's summary (or its dataset when it has none), as the agency gave it. */
  findings: string[];
  withheld: number;
}

export type AgendaCase = Omit<MaracCase, 'victimSafeAddress' | 'research'> & {
  /** Only when marac gave this reader the address itself; never the restricted marker. */
  safeAddress: string | null;
  research: AgendaResearch[];
};

/**
 * A case as the agenda page shows it. The safe address is dropped unless marac sent it to this
 * reader: the page never says one exists to someone who may not see it.
 */
export function agendaCase(item: MaracCase): AgendaCase {
  const { victimSafeAddress, research, ...rest } = item;
  const safeAddress = victimSafeAddress && victimSafeAddress !== RESTRICTED_MARKER ? victimSafeAddress : null;
  return {
    ...rest,
    safeAddress,
    research: research.map(researchRow),
    actions: [...item.actions].sort((a, b) => a.dueDate.localeCompare(b.dueDate)),
  };
}

function researchRow(research: MaracResearch): AgendaResearch {
  return {
    agency: research.agency,
    tag: researchTag(research),
    respondBy: research.respondBy,
    answeredAt: research.answeredAt,
    findings: research.subjects.flatMap((subject) =>
      (subject.findings ?? []).map((finding) => finding.summary ?? finding.dataset ?? '').filter(Boolean),
    ),
    withheld: research.withheld.length,
  };
}

export function researchTag(research: Pick<MaracResearch, 'status' | 'overdue'>): StatusTag {
  if (research.status === 'answered') return { text: 'Answered', colour: 'green' };
  return research.overdue ? { text: 'Overdue', colour: 'red' } : { text: 'Asked', colour: 'blue' };
}
