import { ServiceClient } from './service-client';

/** One threshold indicator that matched, as screening explains it (see suggest-level.ts there). */
export interface MatchedIndicatorView {
  code: string;
  level: number;
  description: string;
  /** 'category:<concern>', 'keyword:<word>', 'age:<years>', 'age:unknown', 'immediate-danger'. */
  matchedOn: string[];
}

export interface LevelSuggestionView {
  suggestedLevel: number;
  matchedIndicators: MatchedIndicatorView[];
  reasons: string[];
}

export interface ReferrerFeedback {
  contactId: string;
  reference: string;
  status: 'being-screened' | 'decided';
  outcome?: string;
  levelOfNeed?: number;
  referrerFeedback?: string;
  decidedAt?: string;
}

export interface WorklistItem {
  caseId: string;
  contactId: string;
  reference: string;
  receivedAt: string;
  status: string;
  rag: string;
  sourceType: string;
  cinReferralSource: string;
  concerns: string[];
  reReferral: boolean;
  children: { personId: string; name: string; dateOfBirth: string | null }[];
  decisionDeadline: string;
  workingHoursLeft: number;
  overdue: boolean;
  /** Not overdue yet, with a quarter or less of its RAG's time left. */
  nearDeadline: boolean;
  allocatedTo: StaffMember | null;
  overdueInformationRequests: string[];
}

export interface WorklistFilters {
  rag?: string;
  source?: string;
  status?: string;
  reference?: string;
  /** A screener's subject, or `none` for the cases nobody has yet. */
  allocatedTo?: string;
}

/** A person of the front door, as screening's staff register names them. */
export interface StaffMember {
  subject: string;
  name: string;
}

/** Who a case is with. */
export interface CaseAllocation {
  screener: StaffMember;
  allocatedBy: StaffMember;
  allocatedAt: string;
}

/** screening's `GET /workload`: every screener who has signed in, then the unallocated (screener null). */
export interface Workload {
  lines: { screener: StaffMember | null; cases: number; nearDeadline: number; pastDeadline: number }[];
  nearDeadlineShare: number;
}

/** screening's `AllocateCaseDto`. */
export interface AllocateCase {
  screener: string;
  reason?: string;
}

export interface DecisionView {
  id: string;
  outcome: string;
  levelOfNeed: number;
  suggestedLevel: number;
  rationale: string;
  childsVoiceConsidered: boolean;
  childsVoiceSummary: string | null;
  referrerFeedback: string;
  decidedBy: string;
  decidedAt: string;
  status: 'awaiting-approval' | 'approved' | 'returned';
  reviewedBy: string | null;
  reviewedAt: string | null;
  returnReason: string | null;
}

export interface CaseChild {
  childId: string;
  personId: string;
  matchedOn: string;
  matchNote: string | null;
  details: {
    firstName: string;
    lastName: string;
    dateOfBirthStatus: string;
    dateOfBirth?: string;
    expectedDateOfBirth?: string;
    nhsNumber?: string;
    upn?: string;
    wordsAndViews?: string;
    viewsNotObtainedReason?: string;
    address?: { line1?: string; town?: string; postcode?: string };
  };
  history: {
    caseId: string;
    reference: string;
    receivedAt: string;
    status: string;
    outcome: string | null;
    decidedAt: string | null;
  }[];
}

export interface InformationRequest {
  id: string;
  agency: string;
  status: string;
  question: string;
  datasets: string[];
  requestedAt: string;
  respondBy: string;
  overdue: boolean;
  lawfulBasis: { article6: string; specialCategoryCondition?: string };
  answeredAt: string | null;
  /** `automatic` when the agency's records answered without a practitioner's review. */
  answeredBy: { subject: string; name?: string } | null;
  answer:
    | {
        subjectRef: string;
        known: boolean;
        findings: { dataset: string; summary: string; detail?: string; occurredAt?: string }[];
      }[]
    | null;
  /** What the agency holds but did not share, and why. */
  withheld: { what: string; reason: string }[] | null;
}

/** screening's `RequestInformationDto`: one request per agency, each for that agency's datasets. */
export interface RequestInformation {
  agencies: string[];
  question: string;
  article6: string;
  specialCategoryCondition: string;
}

export interface JointDecision {
  status: string;
  outcome: string | null;
  riskLevel: string | null;
  sealedAt: string | null;
  escalatedAt: string | null;
  views: {
    party: string;
    recordedBy: string;
    recommendedOutcome: string;
    riskLevel: string;
    rationale: string;
    recordedAt: string;
  }[];
}

export interface CaseDetails {
  id: string;
  contactId: string;
  reference: string;
  receivedAt: string;
  status: 'open' | 'awaiting-approval' | 'decided';
  sourceType: string;
  referrerOrganisation: string;
  referrer: { name: string; role: string; organisation: string; phone?: string; email?: string };
  /** Only when a screener or manager logged the contact for the referrer. */
  recordedBy?: { subject: string; name?: string; organisation: string; channel: string } | null;
  children: CaseChild[];
  adults: {
    firstName: string;
    lastName: string;
    relationshipToChildren: string;
    livesWithChildren: boolean;
    dateOfBirth?: string;
  }[];
  concerns: string[];
  narrative: string;
  immediateDanger: boolean;
  familyAwareness: string;
  actionTakenSoFar: string | null;
  rag: string;
  ragReasons: string[];
  decisionDeadline: string;
  allocation: CaseAllocation | null;
  /** The emergency duty team's until it hands the case over; what the deadline counts. */
  queue: 'front-door' | 'emergency-duty-team';
  deadlineClock: 'office-hours' | 'elapsed-hours';
  emergencyDuty: EmergencyDutyPanel | null;
  reReferral: boolean;
  levelSuggestion: LevelSuggestionView;
  decisions: DecisionView[];
  informationRequests: InformationRequest[];
  jointDecision: JointDecision | null;
}

export interface RecordJointView {
  recommendedOutcome: string;
  riskLevel: string;
  rationale: string;
}

/** A line of screening's `GET /joint-decisions`. */
export interface JointDecisionItem {
  caseId: string;
  reference: string;
  status: string;
  rag: string;
  decisionDeadline: string;
  escalatedAt: string | null;
  partiesWithViews: string[];
}

export interface RecordDecision {
  outcome: string;
  levelOfNeed: number;
  rationale: string;
  childsVoiceConsidered: boolean;
  childsVoiceSummary?: string;
  referrerFeedback: string;
}

/** What a screener searches for a child by; screening needs at least one. */
export interface ChildSearch {
  firstName?: string;
  lastName?: string;
  dateOfBirth?: string;
  nhsNumber?: string;
  upn?: string;
  postcode?: string;
}

/** Who a child is, as the person index and the newest contact have it. */
export interface IndexedChild {
  personId: string;
  name: string;
  otherNames: string[];
  dateOfBirth: string | null;
  nhsNumber: string | null;
  upn: string | null;
  postcode: string | null;
}

export interface ChildSearchResult extends IndexedChild {
  contacts: number;
  lastContactAt: string;
  openCaseId: string | null;
  matchedOn: string[];
}

export interface ChildSearchResults {
  children: ChildSearchResult[];
  capped: boolean;
  searchedBy: string;
}

export interface ChildContact {
  caseId: string;
  reference: string;
  receivedAt: string;
  sourceType: string;
  referrerOrganisation: string;
  concerns: string[];
  rag: string;
  status: 'open' | 'awaiting-approval' | 'decided';
  nameGiven: string;
  decisions: DecisionView[];
}

/** screening's `GET /children/:personId`: one child's whole front-door history. */
export interface ChildRecord extends IndexedChild {
  openCases: ChildContact[];
  contacts: ChildContact[];
  household: {
    firstName: string;
    lastName: string;
    dateOfBirth: string | null;
    relationshipToChildren: string;
    livesWithChildren: boolean;
    namedOn: string[];
  }[];
}

export interface EmergencyDutyRecord {
  id: string;
  actions: string[];
  summary: string;
  recordedBy: string;
  recordedAt: string;
}

export interface EmergencyDutyPanel {
  handedOverAt: string | null;
  handedOverBy: string | null;
  records: EmergencyDutyRecord[];
}

export interface EmergencyDutyQueueItem {
  caseId: string;
  reference: string;
  receivedAt: string;
  rag: string;
  sourceType: string;
  concerns: string[];
  children: { personId: string; name: string; dateOfBirth: string | null }[];
  deadline: string;
  elapsedHoursLeft: number;
  overdue: boolean;
  records: number;
}

export interface RecordEmergencyDuty {
  actions: string[];
  summary: string;
}

/** screening's HTTP API (apps/screening/src: worklist, cases, decisions, referrer-feedback). */
export class ScreeningClient {
  constructor(private readonly http: ServiceClient) {}

  worklist(token: string, filters: WorklistFilters): Promise<WorklistItem[]> {
    return this.http.request(token, '/worklist', { query: { ...filters } });
  }

  readCase(token: string, caseId: string): Promise<CaseDetails> {
    return this.http.request(token, `/cases/${encodeURIComponent(caseId)}`, {
      headers: { 'X-Access-Reason': 'front door screening (portal)' },
    });
  }

  searchChildren(token: string, search: ChildSearch): Promise<ChildSearchResults> {
    return this.http.request(token, '/children', {
      query: { ...search },
      headers: { 'X-Access-Reason': 'finding a child (portal)' },
    });
  }

  readChild(token: string, personId: string): Promise<ChildRecord> {
    return this.http.request(token, `/children/${encodeURIComponent(personId)}`, {
      headers: { 'X-Access-Reason': "a child's front-door history (portal)" },
    });
  }

  recordDecision(token: string, caseId: string, decision: RecordDecision): Promise<DecisionView> {
    return this.http.request(token, `/cases/${encodeURIComponent(caseId)}/decision`, {
      method: 'POST',
      body: decision,
    });
  }

  approveDecision(token: string, caseId: string, note?: string): Promise<DecisionView> {
    return this.http.request(token, `/cases/${encodeURIComponent(caseId)}/decision/approve`, {
      method: 'POST',
      body: note ? { note } : {},
    });
  }

  /** A manager sends the waiting decision back to the screener with a reason; the case reopens. */
  returnDecision(token: string, caseId: string, reason: string): Promise<DecisionView> {
    return this.http.request(token, `/cases/${encodeURIComponent(caseId)}/decision/return`, {
      method: 'POST',
      body: { reason },
    });
  }

  /** Asks each chosen agency what it knows; screening refuses (409) an agency still to answer an earlier request. */
  requestInformation(token: string, caseId: string, request: RequestInformation): Promise<InformationRequest[]> {
    return this.http.request(token, `/cases/${encodeURIComponent(caseId)}/information-requests`, {
      method: 'POST',
      body: request,
    });
  }

  /** The signed-in person's view on a joint decision; screening works out their party from their agency. */
  recordJointView(token: string, caseId: string, view: RecordJointView): Promise<JointDecision> {
    return this.http.request(token, `/cases/${encodeURIComponent(caseId)}/joint-decision/views`, {
      method: 'POST',
      body: view,
    });
  }

  jointDecisions(token: string, status: 'awaiting-views' | 'agreed' | 'disagreed'): Promise<JointDecisionItem[]> {
    return this.http.request(token, '/joint-decisions', { query: { status } });
  }

  /** A manager gives the case to a screener or moves it; screening refuses someone not a screener (400) or a closed case (409). */
  allocateCase(token: string, caseId: string, allocation: AllocateCase): Promise<CaseAllocation & { caseId: string }> {
    return this.http.request(token, `/cases/${encodeURIComponent(caseId)}/allocation`, {
      method: 'PUT',
      body: allocation,
    });
  }

  workload(token: string): Promise<Workload> {
    return this.http.request(token, '/workload');
  }

  /** Red contacts that arrived out of office hours, not yet handed to the front door. */
  emergencyDutyQueue(token: string): Promise<EmergencyDutyQueueItem[]> {
    return this.http.request(token, '/emergency-duty/queue');
  }

  recordEmergencyDuty(token: string, caseId: string, record: RecordEmergencyDuty): Promise<EmergencyDutyRecord> {
    return this.http.request(token, `/cases/${encodeURIComponent(caseId)}/emergency-duty/records`, {
      method: 'POST',
      body: record,
    });
  }

  /** The case joins the front door's worklist with an office-hours deadline from now. */
  handOverEmergencyDuty(token: string, caseId: string): Promise<{ caseId: string; decisionDeadline: string }> {
    return this.http.request(token, `/cases/${encodeURIComponent(caseId)}/emergency-duty/hand-over`, {
      method: 'POST',
      body: {},
    });
  }

  referrerFeedback(token: string): Promise<ReferrerFeedback[]> {
    return this.http.request(token, '/referrer-feedback');
  }
}
