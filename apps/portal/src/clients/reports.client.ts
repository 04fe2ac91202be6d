import type { SourceType } from '@frontdoor/contracts';
import { ServiceClient } from './service-client';

export interface Share {
  count: number;
  of: number;
  rate: number | null;
}

/** screening's `GET /reports/dashboard` (apps/screening/src/reports). */
export interface ScreeningDashboard {
  from: string;
  to: string;
  source: string | null;
  contactsPerDay: { day: string; total: number; bySource: Partial<Record<SourceType, number>> }[];
  contacts: number;
  decided: number;
  decidedWithinDeadline: Share;
  contactToReferral: Share;
  reReferral: Share;
  noFurtherAction: Share;
  policeContactsEndingInNfa: Share;
  openByRag: Record<'red' | 'amber' | 'green', number>;
}

/** marac's `GET /reports/summary` (apps/marac/src/reports). */
export interface MaracSummary {
  from: string;
  to: string;
  referred: number;
  repeats: number;
  repeatRate: number | null;
  notEligible: number;
  byReferringAgency: Record<string, number>;
}

export interface ReportPeriod {
  from: string;
  to: string;
  source?: SourceType;
}

/** The figures leaders read, from the services that own them, as the signed-in user. */
export class ReportsClient {
  constructor(
    private readonly screening: ServiceClient,
    private readonly marac: ServiceClient,
  ) {}

  dashboard(token: string, period: ReportPeriod): Promise<ScreeningDashboard> {
    return this.screening.request(token, '/reports/dashboard', { query: { ...period } });
  }

  maracSummary(token: string, period: { from: string; to: string }): Promise<MaracSummary> {
    return this.marac.request(token, '/reports/summary', { query: { from: period.from, to: period.to } });
  }
}
