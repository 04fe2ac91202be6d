import { AuditTrail } from '@frontdoor/audit';
import { AuthenticatedUser, Role } from '@frontdoor/auth';
import {
  ConcernCategory,
  FamilyAwareness,
  MaracPartyV1,
  MaracReferralRequestV1,
  LevelOfNeed,
  Rag,
  ScreeningOutcome,
  SourceType,
  Topics,
} from '@frontdoor/contracts';
import { normaliseNhsNumber } from '@frontdoor/identifiers';
import { OutboxWriter } from '@frontdoor/messaging';
import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { CaseChild } from '../cases/case-child.entity';
import { CaseStatus, ScreeningCase } from '../cases/screening-case.entity';
import { JointDecision } from '../joint-decisions/joint-decision.entity';
import { ScreeningQueue } from '../rules/out-of-hours';
import { CaseDecision } from './case-decision.entity';
import {
  ApproveDecisionDto,
  MaracPartyDto,
  MaracReferralDto,
  RecordDecisionDto,
  ReturnDecisionDto,
} from './dto/record-decision.dto';

/**
 * A decision has two steps: a screener records it, a manager signs it off (or returns it with a
 * reason). Only a signed-off decision leaves the front door as `ScreeningDecided`.
 */
@Injectable()
export class DecideCaseHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditTrail,
  ) {}

  async record(screener: AuthenticatedUser, caseId: string, input: RecordDecisionDto): Promise<CaseDecision> {
    return this.dataSource.transaction(async (manager) => {
      const screeningCase = await this.lockCase(manager, caseId, 'open');
      if (screeningCase.queue === ScreeningQueue.EmergencyDutyTeam) {
        throw new ConflictException({
          title: 'The emergency duty team has this case',
          detail: `Case ${screeningCase.contactReference} is decided by the front door once the emergency duty team hands it over.`,
        });
      }
      await this.refuseAgainstJointDecision(manager, screener, caseId, input.outcome);
      const decision = manager.create(CaseDecision, {
        id: randomUUID(),
        caseId,
        outcome: input.outcome,
        levelOfNeed: input.levelOfNeed,
        suggestedLevel: screeningCase.suggestedLevel,
        rationale: input.rationale,
        childsVoiceConsidered: input.childsVoiceConsidered,
        childsVoiceSummary: input.childsVoiceSummary ?? null,
        referrerFeedback: input.referrerFeedback,
        decidedBy: screener.subject,
        status: 'awaiting-approval',
        reviewedBy: null,
        reviewedAt: null,
        returnReason: null,
        maracReferral: input.maracReferral ? maracReferralV1(input.maracReferral) : null,
      });
      await manager.save(decision);
      await manager.update(ScreeningCase, { id: caseId }, { status: 'awaiting-approval' });
      await this.audit.record(
        screener,
        {
          action: 'case.decision.recorded',
          subjectType: 'case',
          subjectId: caseId,
          reason: `outcome ${input.outcome}`,
        },
        manager,
      );
      return decision;
    });
  }

  async approve(approver: AuthenticatedUser, caseId: string, input: ApproveDecisionDto): Promise<CaseDecision> {
    return this.dataSource.transaction(async (manager) => {
      const screeningCase = await this.lockCase(manager, caseId, 'awaiting-approval');
      const decision = await this.pendingDecision(manager, caseId);
      this.refuseOwnDecision(approver, decision);
      const now = new Date();
      Object.assign(decision, { status: 'approved', reviewedBy: approver.subject, reviewedAt: now });
      await manager.save(decision);
      await manager.update(ScreeningCase, { id: caseId }, { status: 'decided', decidedAt: now });
      const children = await manager.find(CaseChild, { where: { caseId }, order: { position: 'ASC' } });
      await this.outbox.add(
        manager,
        Topics.ScreeningDecided,
        caseId,
        {
          caseId,
          contactId: screeningCase.contactId,
          contactReference: screeningCase.contactReference,
          outcome: decision.outcome as ScreeningOutcome,
          levelOfNeed: decision.levelOfNeed as LevelOfNeed,
          rag: screeningCase.rag as Rag,
          rationale: decision.rationale,
          childsVoiceConsidered: decision.childsVoiceConsidered,
          familyAwareness: screeningCase.familyAwareness as FamilyAwareness,
          referrerFeedback: decision.referrerFeedback,
          referrerOrganisation: screeningCase.referrerOrganisation,
          sourceType: screeningCase.sourceType as SourceType,
          cinReferralSource: screeningCase.cinReferralSource as never,
          concernCategories: screeningCase.concernCategories as ConcernCategory[],
          reReferral: screeningCase.reReferral,
          children: children.map((child) => ({
            personId: child.personId,
            firstName: child.details.firstName,
            lastName: child.details.lastName,
            ...(child.details.dateOfBirth && { dateOfBirth: child.details.dateOfBirth }),
            ...(child.details.nhsNumber && { nhsNumber: child.details.nhsNumber }),
            ...(child.details.upn && { upn: child.details.upn }),
          })),
          decidedBy: decision.decidedBy,
          approvedBy: approver.subject,
          decidedAt: now.toISOString(),
          ...(decision.maracReferral && { maracReferral: decision.maracReferral }),
        },
        screeningCase.correlationId,
      );
      await this.audit.record(
        approver,
        {
          action: 'case.decision.approved',
          subjectType: 'case',
          subjectId: caseId,
          reason: input.note?.slice(0, 500) || 'management oversight',
        },
        manager,
      );
      return decision;
    });
  }

  async return(manager_: AuthenticatedUser, caseId: string, input: ReturnDecisionDto): Promise<CaseDecision> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockCase(manager, caseId, 'awaiting-approval');
      const decision = await this.pendingDecision(manager, caseId);
      this.refuseOwnDecision(manager_, decision);
      Object.assign(decision, {
        status: 'returned',
        reviewedBy: manager_.subject,
        reviewedAt: new Date(),
        returnReason: input.reason,
      });
      await manager.save(decision);
      await manager.update(ScreeningCase, { id: caseId }, { status: 'open' });
      await this.audit.record(
        manager_,
        { action: 'case.decision.returned', subjectType: 'case', subjectId: caseId, reason: 'management oversight' },
        manager,
      );
      return decision;
    });
  }

  /** Row lock: two managers approving at once get one approval and one 409. */
  private async lockCase(manager: EntityManager, caseId: string, expected: CaseStatus): Promise<ScreeningCase> {
    const found = await manager.findOne(ScreeningCase, { where: { id: caseId }, lock: { mode: 'pessimistic_write' } });
    if (!found) throw new NotFoundException(`No case ${caseId}`);
    if (found.status !== expected) {
      throw new ConflictException({
        title: 'Case is not in the right state',
        detail: `Case ${found.contactReference} is ${found.status}; this needs it to be ${expected}.`,
      });
    }
    return found;
  }

  private async pendingDecision(manager: EntityManager, caseId: string): Promise<CaseDecision> {
    return manager.findOneOrFail(CaseDecision, { where: { caseId, status: 'awaiting-approval' } });
  }

  /**
   * On a joint-decision case the screener records what social care, police and the DA advisor
   * agreed. Only a manager may decide before agreement (when the parties disagree) or differ
   * from it, and that departure is on record beside the views.
   */
  private async refuseAgainstJointDecision(
    manager: EntityManager,
    decider: AuthenticatedUser,
    caseId: string,
    outcome: ScreeningOutcome,
  ): Promise<void> {
    const joint = await manager.findOneBy(JointDecision, { caseId });
    if (!joint || decider.roles.includes(Role.Manager)) return;
    if (joint.status !== 'agreed') {
      throw new ConflictException({
        title: 'Joint decision not sealed',
        detail:
          joint.status === 'disagreed'
            ? 'Social care, police and the DA advisor disagree: a manager must resolve it.'
            : 'Waiting for social care, police and the DA advisor to give their views.',
      });
    }
    if (joint.outcome !== outcome) {
      throw new ConflictException({
        title: 'Differs from the joint decision',
        detail: `The parties agreed on ${joint.outcome}; only a manager may decide otherwise.`,
      });
    }
  }

  /** Oversight means a second pair of eyes: nobody signs off their own decision. */
  private refuseOwnDecision(reviewer: AuthenticatedUser, decision: CaseDecision): void {
    if (decision.decidedBy === reviewer.subject) {
      throw new ForbiddenException('A decision must be signed off by a manager other than the person who made it.');
    }
  }
}

function maracReferralV1(referral: MaracReferralDto): MaracReferralRequestV1 {
  return {
    victim: maracPartyV1(referral.victim),
    perpetrator: maracPartyV1(referral.perpetrator),
    professionalJudgementReason: referral.professionalJudgementReason,
  };
}

function maracPartyV1(party: MaracPartyDto): MaracPartyV1 {
  return {
    firstName: party.firstName,
    lastName: party.lastName,
    ...(party.dateOfBirth && { dateOfBirth: party.dateOfBirth }),
    ...(party.nhsNumber && { nhsNumber: normaliseNhsNumber(party.nhsNumber) }),
  };
}
