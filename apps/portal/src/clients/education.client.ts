import { ServiceClient } from './service-client';

/** education's `EncompassNotificationView` (apps/education/src/encompass): no adults, no address. */
export interface EncompassNotification {
  id: string;
  policeAttended: true;
  policeReference: string;
  occurredAt: string;
  child: { firstName: string; lastName: string; dateOfBirth: string };
  safeguardingInformation: string;
  schoolUrn: string;
  receivedAt: string;
  dueAt: string;
  status: 'unacknowledged' | 'acknowledged';
  overdue: boolean;
  acknowledgement: { at: string; by: { subject: string; name: string | null }; late: boolean } | null;
}

export type EncompassStatusFilter = 'unacknowledged' | 'acknowledged' | 'overdue';

/** education's Operation Encompass API: a DSL gets only their own school's notifications. */
export class EducationClient {
  constructor(private readonly http: ServiceClient) {}

  encompassNotifications(token: string, status?: EncompassStatusFilter): Promise<EncompassNotification[]> {
    return this.http.request(token, '/encompass-notifications', { query: { status } });
  }

  encompassNotification(token: string, id: string): Promise<EncompassNotification> {
    return this.http.request(token, `/encompass-notifications/${encodeURIComponent(id)}`);
  }

  acknowledgeEncompass(token: string, id: string): Promise<EncompassNotification> {
    return this.http.request(token, `/encompass-notifications/${encodeURIComponent(id)}/acknowledge`, {
      method: 'POST',
      body: {},
    });
  }
}
