import { PARTNER_AGENCIES, type PartnerAgency } from '@frontdoor/contracts';
import type { CaseDetails, InformationRequest } from '../clients/screening.client';

/**
 * Where one request to an agency stands, as the screener needs to read it:
 * - `answered`: the agency shared facts;
 * - `not-known`: it answered that it knows none of the people;
 * - `withheld`: it answered, but held back everything it has (what and why are listed);
 * - `waiting`: no answer yet: the agency may be holding it for a practitioner's review;
 * - `overdue`: no answer by the deadline the case's RAG set.
 */
export type AnswerState = 'answered' | 'not-known' | 'withheld' | 'waiting' | 'overdue';

export interface AgencyAnswer {
  request: InformationRequest;
  state: AnswerState;
  /** The practitioner who reviewed the answer, or null when the agency's records answered at once. */
  reviewedBy: string | null;
  /** Per person asked about, by name, only those the answer covers. */
  subjects: { name: string; known: boolean; findings: { dataset: string; summary: string; occurredAt?: string }[] }[];
  withheld: { what: string; reason: string }[];
}

export interface AgencyAnswersPanel {
  answers: AgencyAnswer[];
  /** Agencies with an unanswered request: screening will not ask them again until they answer. */
  waitingFor: string[];
  /** Agencies that may be asked now. */
  askable: PartnerAgency[];
}

/** The case page's "agencies' answers": newest request first, each person named. */
export function agencyAnswersPanel(details: CaseDetails): AgencyAnswersPanel {
  const names = new Map<string, string>();
  for (const child of details.children) {
    names.set(child.childId, `${child.details.firstName} ${child.details.lastName}`);
  }
  // Screening names adults on a request by their place on the contact.
  details.adults.forEach((adult, index) => names.set(`adult-${index + 1}`, `${adult.firstName} ${adult.lastName}`));
  const answers = [...details.informationRequests]
    .sort((a, b) => b.requestedAt.localeCompare(a.requestedAt))
    .map((request): AgencyAnswer => {
      const subjects = (request.answer ?? []).map((subject) => ({
        name: names.get(subject.subjectRef) ?? 'Someone not on this case',
        known: subject.known,
        findings: subject.findings,
      }));
      const withheld = request.withheld ?? [];
      return {
        request,
        state: stateOf(request, subjects, withheld),
        reviewedBy:
          request.answeredBy && request.answeredBy.subject !== 'automatic'
            ? (request.answeredBy.name ?? request.answeredBy.subject)
            : null,
        subjects,
        withheld,
      };
    });
  const waitingFor = [
    ...new Set(details.informationRequests.filter((r) => r.status === 'requested').map((r) => r.agency)),
  ];
  return {
    answers,
    waitingFor,
    askable: details.status === 'decided' ? [] : PARTNER_AGENCIES.filter((agency) => !waitingFor.includes(agency)),
  };
}

function stateOf(
  request: InformationRequest,
  subjects: AgencyAnswer['subjects'],
  withheld: AgencyAnswer['withheld'],
): AnswerState {
  if (request.status !== 'answered') return request.overdue ? 'overdue' : 'waiting';
  if (subjects.some((subject) => subject.findings.length > 0)) return 'answered';
  if (withheld.length > 0) return 'withheld';
  return subjects.some((subject) => subject.known) ? 'answered' : 'not-known';
}
