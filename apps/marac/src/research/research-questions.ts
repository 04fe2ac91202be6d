import {
  AGENCY_DATASETS,
  Article6Basis,
  InformationAgency,
  InformationRequestedV1,
  Rag,
  RequestSubjectV1,
  SpecialCategoryCondition,
} from '@frontdoor/contracts';
import { ChildInHousehold } from '../referrals/marac-referral.entity';
import { PartyIdentity } from '../criteria/same-pair';

export interface ResearchCase {
  referralId: string;
  reference: string;
  victim: PartyIdentity;
  perpetrator: PartyIdentity;
  children: ChildInHousehold[];
}

export interface ResearchAsk {
  requestId: string;
  requestedAt: Date;
  /** The meeting's research cut-off. */
  respondBy: Date;
  requestedBy: InformationRequestedV1['requestedBy'];
}

const QUESTION =
  'MARAC research: what do your records hold about this victim, perpetrator and the children in the household? ' +
  'Facts from your records only, each with its date; opinion goes in the meeting, not the research.';

/** Asked about the children only, never about the adults: schools and children's social care. */
const CHILDREN_ONLY: readonly InformationAgency[] = [InformationAgency.Education, InformationAgency.ChildrenSocialCare];

/**
 * The research request to one agency for a listed MARAC case, or undefined when the agency has
 * nobody to research (a household without children, for those asked about children only).
 */
export function researchRequest(
  agency: InformationAgency,
  researchCase: ResearchCase,
  ask: ResearchAsk,
): InformationRequestedV1 | undefined {
  const children = researchCase.children.map((child, index): RequestSubjectV1 => ({
    subjectRef: `child-${index + 1}`,
    role: 'child',
    firstName: child.firstName,
    lastName: child.lastName,
    ...(child.dateOfBirth && { dateOfBirth: child.dateOfBirth }),
    ...(child.nhsNumber && { nhsNumber: child.nhsNumber }),
    ...(child.upn && { upn: child.upn }),
    ...(child.postcode && { postcode: child.postcode }),
  }));
  const adults: RequestSubjectV1[] = [
    adult('victim', researchCase.victim),
    adult('perpetrator', researchCase.perpetrator),
  ];
  const subjects = CHILDREN_ONLY.includes(agency) ? children : [...adults, ...children];
  if (subjects.length === 0) return undefined;
  return {
    requestId: ask.requestId,
    caseId: researchCase.referralId,
    caseReference: researchCase.reference,
    agency,
    subjects,
    question: QUESTION,
    datasets: [...AGENCY_DATASETS[agency]],
    lawfulBasis: {
      article6: Article6Basis.PublicTask,
      specialCategoryCondition: SpecialCategoryCondition.SafeguardingChildren,
    },
    requestedBy: ask.requestedBy,
    // Every listed case is high risk; the cut-off, not the RAG, sets when research is due.
    rag: Rag.Red,
    respondBy: ask.respondBy.toISOString(),
    requestedAt: ask.requestedAt.toISOString(),
  };
}

function adult(subjectRef: 'victim' | 'perpetrator', person: PartyIdentity): RequestSubjectV1 {
  return {
    subjectRef,
    role: 'adult',
    firstName: person.firstName,
    lastName: person.lastName,
    ...(person.dateOfBirth && { dateOfBirth: person.dateOfBirth }),
    ...(person.nhsNumber && { nhsNumber: person.nhsNumber }),
  };
}
