import { ServiceClient } from './service-client';

export interface MaracMeetingSummary {
  id: string;
  kind: 'regular' | 'extra';
  heldAt: string;
  researchCutOffAt: string;
  capacity: number;
  movedFromBankHoliday: string | null;
  listed: number;
}

export interface MaracPerson {
  firstName: string;
  lastName: string;
  dateOfBirth: string | null;
}

export interface MaracAction {
  id: string;
  meetingId: string;
  referralId: string;
  ownerAgency: string;
  description: string;
  dueDate: string;
  status: string;
  overdue: boolean;
}

export interface MaracResearch {
  agency: string;
  status: string;
  requestedAt: string;
  respondBy: string;
  overdue: boolean;
  answeredAt: string | null;
  answeredBy: string | null;
  subjects: { subjectId?: string; known?: boolean; findings?: { dataset?: string; summary?: string }[] }[];
  withheld: { reason?: string }[];
}

/** A case as marac's `referralView` gives it to this reader (the safe address is "[restricted]" for most). */
export interface MaracCase {
  id: string;
  reference: string;
  source: string;
  policeReference: string | null;
  status: string;
  criteriaMet: string[];
  reasons: string[];
  repeat: boolean;
  victim: MaracPerson;
  perpetrator: MaracPerson;
  childrenInHousehold: MaracPerson[];
  referringAgency: string;
  risk: {
    dashYesCount: number | null;
    professionalJudgementReason: string | null;
    callOutsInLast12Months: number | null;
  };
  victimSafeAddress: string | null;
  occurredAt: string;
  referredAt: string;
  meetingId: string | null;
  idva: { subject: string; name: string | null; allocatedAt: string } | null;
  actions: MaracAction[];
  research: MaracResearch[];
}

export interface MaracAgenda {
  meeting: { id: string; kind: string; heldAt: string; researchCutOffAt: string; capacity: number };
  cases: MaracCase[];
}

export interface NewMaracAction {
  ownerAgency: string;
  description: string;
  /** yyyy-MM-dd, a London date. */
  dueDate: string;
}

export interface NewMaracPerson {
  firstName: string;
  lastName: string;
  /** yyyy-MM-dd */
  dateOfBirth?: string;
  nhsNumber?: string;
}

/** marac's `CreateReferralDto`: a referral by hand, here from a front-door case. */
export interface NewMaracReferral {
  screeningCaseId: string;
  victim: NewMaracPerson;
  perpetrator: NewMaracPerson;
  childrenInHousehold: (NewMaracPerson & { upn?: string })[];
  referringAgency: string;
  dashYesCount?: number;
  professionalJudgementReason?: string;
  callOutsInLast12Months?: number;
  victimSafeAddress?: string;
}

/** marac's HTTP API (apps/marac/src: meetings, referrals, actions). */
export class MaracClient {
  constructor(private readonly http: ServiceClient) {}

  meetings(token: string): Promise<MaracMeetingSummary[]> {
    return this.http.request(token, '/meetings');
  }

  agenda(token: string, meetingId: string): Promise<MaracAgenda> {
    return this.http.request(token, `/meetings/${encodeURIComponent(meetingId)}/agenda`);
  }

  /** marac applies the criteria and lists it at a meeting; a case already referred is refused (409). */
  refer(token: string, referral: NewMaracReferral): Promise<MaracCase> {
    return this.http.request(token, '/referrals', { method: 'POST', body: referral });
  }

  /** The referral of a front-door case, if it has one (there is at most one). */
  async referralOfCase(token: string, screeningCaseId: string): Promise<MaracCase | undefined> {
    const found = await this.http.request<MaracCase[]>(token, '/referrals', { query: { screeningCaseId } });
    return found[0];
  }

  referral(token: string, referralId: string): Promise<MaracCase> {
    return this.http.request(token, `/referrals/${encodeURIComponent(referralId)}`);
  }

  /** An action on a case's plan at the meeting where it is listed. */
  addAction(token: string, meetingId: string, referralId: string, action: NewMaracAction): Promise<MaracAction> {
    return this.http.request(
      token,
      `/meetings/${encodeURIComponent(meetingId)}/cases/${encodeURIComponent(referralId)}/actions`,
      { method: 'POST', body: action },
    );
  }

  allocateIdva(token: string, referralId: string, idva: { idvaSubject: string; idvaName: string }): Promise<MaracCase> {
    return this.http.request(token, `/referrals/${encodeURIComponent(referralId)}/idva`, {
      method: 'POST',
      body: idva,
    });
  }

  /** marac lets any MARAC partner move an action on (open, in progress, done, cancelled). */
  updateActionStatus(token: string, actionId: string, status: string): Promise<MaracAction> {
    return this.http.request(token, `/actions/${encodeURIComponent(actionId)}`, { method: 'PATCH', body: { status } });
  }

  overdueActions(token: string): Promise<MaracAction[]> {
    return this.http.request(token, '/actions/overdue');
  }
}
