import { InformationAgency, InformationRequestedV1, TopicDefinition } from '@frontdoor/contracts';
import { Role } from '@frontdoor/auth';
import { Type } from '@nestjs/common';
import { AgencyRecords } from './agency-records.port';

export interface InformationSharingOptions {
  agency: InformationAgency;
  /** The agency's own request topic: only this service reads it. */
  requestTopic: TopicDefinition<InformationRequestedV1>;
  /** Who in the agency may review and answer requests. */
  practitionerRoles: Role[];
  /** The agency's adapter onto its own records. */
  records: Type<AgencyRecords>;
}

export const INFORMATION_SHARING_OPTIONS = Symbol('INFORMATION_SHARING_OPTIONS');
