import { PerAgency } from './per-agency';
import { ServiceClient } from './service-client';

export interface StrategyInvitation {
  id: string;
  discussionId: string;
  caseReference: string;
  children: { firstName: string; lastName: string; dateOfBirth?: string }[];
  reason: string;
  concernCategories: string[];
  status: 'awaiting-confirmation' | 'confirmed' | 'declined';
  dueBy: string;
  receivedAt: string;
  overdue: boolean;
  attendee: { name: string; jobTitle?: string } | null;
  availability: { from: string; to: string }[] | null;
  confirmedAt: string | null;
  declineReason: string | null;
  declinedAt: string | null;
}

export type InvitationAnswer =
  | { decision: 'attend'; attendee: { name: string; jobTitle?: string }; availability: { from: string; to: string }[] }
  | { decision: 'decline'; reason: string };

/** One agency's strategy-invitation routes (`/strategy-invitations` on police, health or education). */
export class StrategyInvitationsClient {
  constructor(private readonly http: ServiceClient) {}

  invitations(token: string): Promise<StrategyInvitation[]> {
    return this.http.request(token, '/strategy-invitations');
  }

  invitation(token: string, id: string): Promise<StrategyInvitation> {
    return this.http.request(token, `/strategy-invitations/${encodeURIComponent(id)}`);
  }

  /** Confirming replaces an earlier answer; declining twice is refused (409). */
  answer(token: string, id: string, answer: InvitationAnswer): Promise<StrategyInvitation> {
    const path = `/strategy-invitations/${encodeURIComponent(id)}`;
    return answer.decision === 'attend'
      ? this.http.request(token, `${path}/confirm`, {
          method: 'POST',
          body: { attendee: answer.attendee, availability: answer.availability },
        })
      : this.http.request(token, `${path}/decline`, { method: 'POST', body: { reason: answer.reason } });
  }
}

/** The invitation client of each invited agency's service. */
export class StrategyInvitationClients extends PerAgency<StrategyInvitationsClient> {}
