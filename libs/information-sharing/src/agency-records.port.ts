import { InformationRequestedV1, SubjectAnswerV1, WithheldV1 } from '@frontdoor/contracts';
import { EntityManager } from 'typeorm';

export interface AgencyRecordsLookup {
  /** Exactly one per request subject: known (with findings) or not known. */
  subjects: SubjectAnswerV1[];
  /** What the agency holds but does not share, and why. */
  withheld: WithheldV1[];
  /** Values that must never leave the agency (safe addresses, restricted fields). */
  restrictedValues: string[];
  /** True when a practitioner must review before anything is shared. */
  needsReview: boolean;
}

/** The one thing each agency service supplies: how its own records answer a request. */
export interface AgencyRecords {
  lookUp(manager: EntityManager, request: InformationRequestedV1): Promise<AgencyRecordsLookup>;
}

export const AGENCY_RECORDS = Symbol('AGENCY_RECORDS');
