import { ServiceClient } from './service-client';

export interface StrategyDiscussionSummary {
  id: string;
  caseId: string;
  caseReference: string;
  sequence: number;
  reason: string;
  rag: string;
  status: 'awaiting-confirmations' | 'slot-proposed' | 'no-common-slot' | 'outcome-recorded';
  dueBy: string;
  proposedSlotStart: string | null;
  outcome: string | null;
  heldAt: string | null;
  recordDueBy: string | null;
  recordCirculatedAt: string | null;
  icpcDueDate: string | null;
  discussionOverdue: boolean;
  recordCirculationOverdue: boolean;
  icpcOverdue: boolean;
  overdue: boolean;
}

export interface StrategyParticipant {
  participant: string;
  role: 'chair' | 'attendee';
  reasons: string[];
  invitationId: string | null;
  confirmed: boolean;
  attendee: { name: string; jobTitle?: string } | null;
  availability: { from: string; to: string }[] | null;
  confirmedAt: string | null;
  declined: boolean;
  declineReason: string | null;
  declinedAt: string | null;
}

export interface StrategyAgencyView {
  participant: string;
  attendee?: string;
  view: string;
  comment?: string;
}

export interface StrategyDiscussionDetail extends StrategyDiscussionSummary {
  previousDiscussionId: string | null;
  furtherDiscussionId: string | null;
  origin: string;
  concernCategories: string[];
  rationale: string;
  children: { firstName: string; lastName: string; dateOfBirth?: string }[];
  referrer: { organisation: string; sourceType: string };
  requestedBy: string;
  createdAt: string;
  participants: StrategyParticipant[];
  allConfirmed: boolean;
  allAnswered: boolean;
  proposedSlot: { start: string; end: string; withinDue: boolean | null } | null;
  outcomeRecord: {
    outcome: string;
    rationale: string;
    views: StrategyAgencyView[];
    heldAt: string;
    recordedBy: string;
    recordedAt: string;
  } | null;
  icpc: { dueDate: string; overdue: boolean } | null;
  record: {
    dueBy: string;
    circulatedAt: string | null;
    circulatedBy: string | null;
    circulatedTo: string[] | null;
    overdue: boolean;
  } | null;
}

export interface RecordStrategyOutcome {
  outcome: string;
  rationale: string;
  views: StrategyAgencyView[];
}

/** strategy's `CreateDiscussionDto`: a discussion asked for by hand, here from a front-door case. */
export interface NewStrategyDiscussion {
  caseId: string;
  caseReference: string;
  reason: string;
  rag: string;
  concernCategories: string[];
  rationale: string;
  children: { firstName: string; lastName: string; dateOfBirth?: string }[];
  referrer: { organisation: string; sourceType: string };
}

/** strategy's HTTP API (apps/strategy/src/discussions). */
export class StrategyClient {
  constructor(private readonly http: ServiceClient) {}

  discussions(token: string): Promise<StrategyDiscussionSummary[]> {
    return this.http.request(token, '/strategy-discussions');
  }

  /** The discussions about one screening case (a first one and any further ones). */
  discussionsOfCase(token: string, caseId: string): Promise<StrategyDiscussionSummary[]> {
    return this.http.request(token, '/strategy-discussions', { query: { caseId } });
  }

  /** strategy invites the participants and sets the due time; a case with a discussion already is refused (409). */
  requestDiscussion(token: string, discussion: NewStrategyDiscussion): Promise<StrategyDiscussionDetail> {
    return this.http.request(token, '/strategy-discussions', { method: 'POST', body: discussion });
  }

  discussion(token: string, id: string): Promise<StrategyDiscussionDetail> {
    return this.http.request(token, `/strategy-discussions/${encodeURIComponent(id)}`);
  }

  recordOutcome(token: string, id: string, outcome: RecordStrategyOutcome): Promise<StrategyDiscussionDetail> {
    return this.http.request(token, `/strategy-discussions/${encodeURIComponent(id)}/outcome`, {
      method: 'POST',
      body: outcome,
    });
  }

  recordCirculated(token: string, id: string, circulatedTo: string[]): Promise<StrategyDiscussionDetail> {
    return this.http.request(token, `/strategy-discussions/${encodeURIComponent(id)}/record-circulated`, {
      method: 'POST',
      body: { circulatedTo },
    });
  }
}
