import { AuditTrail } from '@frontdoor/audit';
import { Agency } from '@frontdoor/auth';
import {
  EventEnvelope,
  InformationAgency,
  InformationAnsweredV1,
  InformationRequestedV1,
  RequestSubjectV1,
  SubjectAnswerV1,
  Topics,
} from '@frontdoor/contracts';
import { ConsumeEvent, EventContext, OutboxWriter } from '@frontdoor/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { ApiExcludeController } from '@nestjs/swagger';
import { EntityManager, In } from 'typeorm';
import { CaseChild } from '../cases/case-child.entity';
import { ScreeningCase } from '../cases/screening-case.entity';
import { CaseDecision } from '../decisions/case-decision.entity';
import { PersonIndex } from '../person-index/person-index';
import { socialCareFindings } from './social-care-findings';

const NOT_SEARCHED_ADULTS = {
  what: 'adults',
  reason:
    "The front door indexes children, not adults: an adult's social-care history is for the adult services' research.",
};

/**
 * Children's social care answers MARAC's research from the front door's records: for each child
 * found in the person index, their contacts and signed-off decisions. Answered in the event's
 * transaction through the outbox, and each disclosure audited (what, to whom, on which basis).
 */
@ApiExcludeController()
@Controller()
export class ResearchRequestConsumer {
  constructor(
    private readonly personIndex: PersonIndex,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
  ) {}

  @ConsumeEvent(Topics.ChildrenSocialCareInformationRequested)
  async onResearchRequested(
    @Payload() envelope: EventEnvelope<InformationRequestedV1>,
    @Ctx() { manager }: EventContext,
  ): Promise<void> {
    const request = envelope.payload;
    const subjects: SubjectAnswerV1[] = [];
    for (const subject of request.subjects) subjects.push(await this.answerFor(manager, subject));
    const answer: InformationAnsweredV1 = {
      requestId: request.requestId,
      caseId: request.caseId,
      agency: InformationAgency.ChildrenSocialCare,
      subjects,
      withheld: request.subjects.some((subject) => subject.role === 'adult') ? [NOT_SEARCHED_ADULTS] : [],
      lawfulBasis: request.lawfulBasis,
      answeredBy: { subject: 'automatic' },
      answeredAt: new Date().toISOString(),
    };
    await this.outbox.add(manager, Topics.InformationAnswered, request.caseId, answer, envelope.correlationId);
    const shared = subjects.filter((subject) => subject.known).map((subject) => subject.subjectRef);
    await this.audit.record(
      { subject: 'automatic', roles: [], agency: Agency.ChildrenSocialCare, organisation: 'front door' },
      {
        action: 'information.disclosed',
        subjectType: 'information-request',
        subjectId: request.requestId,
        reason:
          `to ${request.requestedBy.organisation} (${request.caseReference}) on ${request.lawfulBasis.article6}; ` +
          `known: ${shared.join(', ') || 'none'}`,
      },
      manager,
    );
  }

  private async answerFor(manager: EntityManager, subject: RequestSubjectV1): Promise<SubjectAnswerV1> {
    if (subject.role !== 'child') return { subjectRef: subject.subjectRef, known: false, findings: [] };
    const personId = await this.personIndex.find(manager, subject);
    if (!personId) return { subjectRef: subject.subjectRef, known: false, findings: [] };
    const caseIds = (await manager.find(CaseChild, { where: { personId }, select: { caseId: true } })).map(
      (row) => row.caseId,
    );
    const cases = caseIds.length ? await manager.find(ScreeningCase, { where: { id: In(caseIds) } }) : [];
    const decisions = caseIds.length
      ? await manager.find(CaseDecision, { where: { caseId: In(caseIds), status: 'approved' } })
      : [];
    const referenceOf = new Map(cases.map((c) => [c.id, c.contactReference]));
    return {
      subjectRef: subject.subjectRef,
      known: cases.length > 0,
      ...(cases.length > 0 && { matchedOn: 'front-door person index' }),
      findings: socialCareFindings(
        cases.map((c) => ({
          contactReference: c.contactReference,
          receivedAt: c.receivedAt,
          sourceType: c.sourceType,
          concernCategories: c.concernCategories,
          status: c.status,
        })),
        decisions.map((d) => ({
          contactReference: referenceOf.get(d.caseId) ?? 'unknown',
          outcome: d.outcome,
          levelOfNeed: d.levelOfNeed,
          approvedAt: d.reviewedAt ?? new Date(0),
        })),
      ),
    };
  }
}
