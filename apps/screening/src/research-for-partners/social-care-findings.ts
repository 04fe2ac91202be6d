import { FindingV1 } from '@frontdoor/contracts';

export interface ContactOnRecord {
  contactReference: string;
  receivedAt: Date;
  sourceType: string;
  concernCategories: string[];
  status: string;
}

export interface DecisionOnRecord {
  contactReference: string;
  outcome: string;
  levelOfNeed: number;
  approvedAt: Date;
}

/**
 * What children's social care tells MARAC about a child: each contact and each signed-off
 * decision, as dated facts. Nothing from the narrative, the referrer or the family's addresses:
 * the agencies' own research covers those, and a narrative is opinion as much as fact.
 */
export function socialCareFindings(contacts: ContactOnRecord[], decisions: DecisionOnRecord[]): FindingV1[] {
  const byDate = (a: FindingV1, b: FindingV1) => (a.occurredAt ?? '').localeCompare(b.occurredAt ?? '');
  return [
    ...contacts.map((contact): FindingV1 => ({
      dataset: 'front-door-contacts',
      summary:
        `Contact ${contact.contactReference} from ${contact.sourceType}` +
        (contact.concernCategories.length ? `: ${contact.concernCategories.join(', ')}` : '') +
        ` (${contact.status})`,
      occurredAt: contact.receivedAt.toISOString(),
    })),
    ...decisions.map((decision): FindingV1 => ({
      dataset: 'front-door-decisions',
      summary: `Decision on ${decision.contactReference}: ${decision.outcome}, level of need ${decision.levelOfNeed}`,
      occurredAt: decision.approvedAt.toISOString(),
    })),
  ].sort(byDate);
}
