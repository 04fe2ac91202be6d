import type { InformationRequestedV1, SubjectAnswerV1, WithheldV1 } from '@frontdoor/contracts';
import { PerAgency } from './per-agency';
import { ServiceClient } from './service-client';

export interface InformationRequestSummary {
  id: string;
  caseReference: string;
  status: 'awaiting-review' | 'answered';
  receivedAt: string;
  respondBy: string;
  overdue: boolean;
  answeredAt: string | null;
  datasets: string[];
  subjectCount: number;
}

export interface InformationRequestDetail extends InformationRequestSummary {
  request: InformationRequestedV1;
  /** Before review: what the records would share, restricted records already withheld. */
  proposed?: { subjects: SubjectAnswerV1[]; withheld: WithheldV1[] };
  /** Once answered. */
  disclosure?: { shared: SubjectAnswerV1[]; withheld: WithheldV1[]; answeredBy: string; disclosedAt: string };
}

export interface PractitionerAnswer {
  subjects: SubjectAnswerV1[];
  withheld: WithheldV1[];
}

/** One agency's information requests (libs/information-sharing, as police, health and education mount it). */
export class InformationRequestsClient {
  constructor(private readonly http: ServiceClient) {}

  informationRequests(token: string): Promise<InformationRequestSummary[]> {
    return this.http.request(token, '/information-requests', { query: { limit: 200 } });
  }

  informationRequest(token: string, id: string): Promise<InformationRequestDetail> {
    return this.http.request(token, `/information-requests/${id}`);
  }

  answer(token: string, id: string, answer: PractitionerAnswer): Promise<{ requestId: string; disclosedAt: string }> {
    return this.http.request(token, `/information-requests/${id}/answer`, { method: 'POST', body: answer });
  }
}

/** The information-request client of each agency's own service. */
export class InformationRequestClients extends PerAgency<InformationRequestsClient> {}
