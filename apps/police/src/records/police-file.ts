import type { IncidentRole, PoliceIncidentType } from '../incidents/incident.entity';
import type { InvestigationRole, InvestigationStatus } from '../investigations/investigation.entity';
import type { WarningMarkerType } from '../warning-markers/warning-marker.entity';

/**
 * What police hold about the people a request matched, read from the records in one go and
 * handed to the pure answer rules (which import neither Nest nor TypeORM).
 */
export interface PoliceFile {
  /** Everyone the file mentions: the matched people and the others in their incidents. */
  people: readonly { personId: string; safeAddress: string | null }[];
  incidents: readonly IncidentEntry[];
  domesticAbuse: readonly DomesticAbuseEntry[];
  markers: readonly MarkerEntry[];
  investigations: readonly InvestigationEntry[];
}

export interface IncidentEntry {
  id: string;
  reference: string;
  occurredAt: Date;
  type: PoliceIncidentType;
  locationPostcode: string | null;
  people: readonly { personId: string; role: IncidentRole }[];
}

export interface DomesticAbuseEntry {
  victimId: string;
  perpetratorId: string;
  firstIncidentOn: string;
  lastIncidentOn: string;
  incidentCount: number;
  dashScore: number | null;
  dashCompletedOn: string | null;
}

export interface MarkerEntry {
  personId: string;
  type: WarningMarkerType;
  note: string | null;
  recordedOn: string;
  restricted: boolean;
}

export interface InvestigationEntry {
  id: string;
  reference: string;
  offence: string;
  openedOn: string;
  status: InvestigationStatus;
  sensitive: boolean;
  summary: string;
  people: readonly { personId: string; role: InvestigationRole }[];
}

export const EMPTY_POLICE_FILE: PoliceFile = {
  people: [],
  incidents: [],
  domesticAbuse: [],
  markers: [],
  investigations: [],
};
