import {
  ConcernCategory,
  ContactReceivedV1,
  EventEnvelope,
  REFERRAL_OUTCOMES,
  ScreeningOutcome,
} from '@frontdoor/contracts';
import { Clock } from '@frontdoor/calendar';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { findReReferral } from '../history/re-referral';
import { needsJointDecision } from '../joint-decisions/joint-decision-rules';
import { JointDecision } from '../joint-decisions/joint-decision.entity';
import { PersonIndex } from '../person-index/person-index';
import { childAge } from '../rag/child-age';
import { whoReferred } from '../rules/referrer';
import { assessRag } from '../rag/rag-rules';
import { routeNewCase } from '../rules/out-of-hours';
import { CLOCK, ScreeningPolicy } from '../screening-policy';
import { suggestLevelOfNeed } from '../thresholds/suggest-level';
import { CaseChild } from './case-child.entity';
import { ScreeningCase } from './screening-case.entity';

/**
 * Turns a received contact into a case on the worklist: each child matched to the person index,
 * re-referrals flagged, RAG and decision deadline set, threshold guidance suggested.
 * Runs inside the consumer's transaction, together with the inbox row.
 */
@Injectable()
export class OpenCaseHandler {
  constructor(
    private readonly personIndex: PersonIndex,
    private readonly policy: ScreeningPolicy,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async open(envelope: EventEnvelope<ContactReceivedV1>, manager: EntityManager): Promise<void> {
    const event = envelope.payload;
    // A contact re-published under a new event id is still one case.
    if (await manager.existsBy(ScreeningCase, { contactId: event.contactId })) return;

    const caseId = randomUUID();
    const receivedAt = new Date(event.receivedAt);
    const { contact } = event;
    const children: CaseChild[] = [];
    for (const [position, child] of contact.children.entries()) {
      const indexed = await this.personIndex.findOrEnrol(manager, child);
      children.push(
        manager.create(CaseChild, {
          id: event.childIds[position],
          caseId,
          personId: indexed.personId,
          position,
          matchedOn: indexed.matchedOn,
          matchNote: indexed.note,
          details: child,
        }),
      );
    }

    const previousReferrals = await this.previousDecisions(
      manager,
      children.map((child) => child.personId),
    );
    const reReferral = findReReferral(previousReferrals, receivedAt);
    const childAgesYears = contact.children.map((child) => childAge(child, receivedAt).years);
    const categories = contact.concerns.categories as ConcernCategory[];
    const rag = assessRag(this.policy.ragRules, {
      categories,
      immediateDanger: contact.concerns.immediateDanger,
      childAgesYears,
      reReferral: reReferral.reReferral,
    });
    // Who is on duty when the case lands decides whose it is: seconds after intake received it,
    // or later if the broker was down, and then the front door may have gone home.
    const routing = routeNewCase(
      this.policy.calendar,
      rag.rag,
      { receivedAt, landedAt: this.clock.now() },
      this.policy.responseHours,
      this.policy.emergencyDutyHours,
    );
    const suggestion = suggestLevelOfNeed(this.policy.thresholdDocument, {
      categories,
      narrative: contact.concerns.narrative,
      immediateDanger: contact.concerns.immediateDanger,
      childAgesYears,
    });

    await manager.insert(ScreeningCase, {
      id: caseId,
      contactId: event.contactId,
      contactReference: event.reference,
      receivedAt,
      sourceType: contact.source.type,
      cinReferralSource: contact.source.cinCode,
      ...whoReferred(event),
      referrer: contact.referrer,
      adults: contact.adults,
      concernCategories: categories,
      narrative: contact.concerns.narrative,
      immediateDanger: contact.concerns.immediateDanger,
      familyAwareness: contact.concerns.familyAwareness,
      actionTakenSoFar: contact.concerns.actionTakenSoFar ?? null,
      rag: rag.rag,
      ragReasons: rag.reasons,
      decisionDeadline: routing.deadline,
      queue: routing.queue,
      deadlineClock: routing.deadlineClock,
      handedOverAt: null,
      handedOverBy: null,
      status: 'open',
      suggestedLevel: suggestion.suggestedLevel,
      levelSuggestion: suggestion,
      reReferral: reReferral.reReferral,
      previousReferralCaseId: reReferral.previousReferralCaseId ?? null,
      correlationId: envelope.correlationId,
      decidedAt: null,
    });
    await manager.insert(CaseChild, children);
    if (needsJointDecision(contact.source.type, categories)) {
      await manager.insert(JointDecision, {
        caseId,
        status: 'awaiting-views',
        outcome: null,
        riskLevel: null,
        sealedAt: null,
        escalatedAt: null,
      });
    }
  }

  /** Approved decisions on earlier cases about any of these children. */
  private async previousDecisions(manager: EntityManager, personIds: string[]) {
    const rows: { caseId: string; decidedAt: Date; outcome: ScreeningOutcome }[] = await manager.query(
      `SELECT DISTINCT c.id AS "caseId", c.decided_at AS "decidedAt", d.outcome
         FROM case_children cc
         JOIN screening_cases c ON c.id = cc.case_id
         JOIN case_decisions d ON d.case_id = c.id AND d.status = 'approved'
        WHERE cc.person_id = ANY($1::uuid[]) AND d.outcome = ANY($2::text[])`,
      [personIds, REFERRAL_OUTCOMES],
    );
    return rows.map((row) => ({ ...row, decidedAt: new Date(row.decidedAt) }));
  }
}
