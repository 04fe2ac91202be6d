import type { DashAnswer, IncidentType } from '@frontdoor/contracts';
import { ServiceClient } from './service-client';

export interface IncidentPerson {
  firstName: string;
  lastName: string;
  dateOfBirth?: string;
}

export interface IncidentChild extends IncidentPerson {
  present: boolean;
}

/** The body of police's `POST /incidents` (apps/police/src/incidents/dto/record-incident.dto.ts), as the portal fills it. */
export interface PublicProtectionNotice {
  type: IncidentType;
  occurredAt: string;
  summary: string;
  victim?: IncidentPerson;
  perpetrator?: IncidentPerson;
  children: IncidentChild[];
  dash?: { answers: DashAnswer[]; professionalJudgementHighRisk: boolean };
}

export interface DashResult {
  yesCount: number;
  visibleHighRisk: boolean;
  highRisk: boolean;
}

export interface NoticeRecorded {
  incidentId: string;
  policeReference: string;
  dash: DashResult | null;
  callOutsInLast12Months: number;
}

export interface SubmittedNotice {
  incidentId: string;
  policeReference: string;
  type: IncidentType;
  occurredAt: string;
  recordedAt: string;
  summary: string;
  children: IncidentChild[];
  dash: (DashResult & { answers: DashAnswer[]; professionalJudgementHighRisk: boolean }) | null;
  callOutsInLast12Months: number;
}

/** police's HTTP API (apps/police/src/incidents). */
export class PoliceClient {
  constructor(private readonly http: ServiceClient) {}

  recordNotice(token: string, notice: PublicProtectionNotice): Promise<NoticeRecorded> {
    return this.http.request(token, '/incidents', { method: 'POST', body: notice });
  }

  /** The signed-in officer's own notices, newest first. */
  submittedNotices(token: string, limit = 50): Promise<SubmittedNotice[]> {
    return this.http.request(token, '/incidents', { query: { limit } });
  }
}
