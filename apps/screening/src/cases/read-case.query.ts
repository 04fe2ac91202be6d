import { AuditTrail } from '@frontdoor/audit';
import { AuthenticatedUser, Role } from '@frontdoor/auth';
import { Clock } from '@frontdoor/calendar';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CaseAllocation } from '../allocation/case-allocation.entity';
import { CaseDecision } from '../decisions/case-decision.entity';
import { EmergencyDutyRecord } from '../emergency-duty/emergency-duty-record.entity';
import { toEmergencyDutyRecordView } from '../emergency-duty/emergency-duty.view';
import { CASE_READERS } from '../front-door-roles';
import { ScreeningQueue } from '../rules/out-of-hours';
import { JointDecision, JointDecisionView } from '../joint-decisions/joint-decision.entity';
import { InformationRequest } from '../information-requests/information-request.entity';
import { toInformationRequestView } from '../information-requests/information-request.view';
import { CLOCK } from '../screening-policy';
import { staffViews } from '../staff/staff-views';
import { CaseChild } from './case-child.entity';
import { CaseView, DecisionView, PreviousCaseView } from './case.view';
import { ScreeningCase } from './screening-case.entity';

/** The whole case as a screener needs it: contact, each child's history, every decision. */
@Injectable()
export class ReadCaseQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async read(reader: AuthenticatedUser, caseId: string, reason: string): Promise<CaseView> {
    const manager = this.dataSource.manager;
    const found = await manager.findOneBy(ScreeningCase, { id: caseId });
    const joint = found ? await manager.findOneBy(JointDecision, { caseId }) : null;
    // Police and DA colleagues see the cases they decide jointly, and only those; the emergency
    // duty team sees the cases that were its own out of hours.
    const frontDoor = reader.roles.some((role) => (CASE_READERS as readonly string[]).includes(role));
    const emergencyDuty =
      reader.roles.includes(Role.EmergencyDutySocialWorker) &&
      (found?.queue === ScreeningQueue.EmergencyDutyTeam || Boolean(found?.handedOverAt));
    if (!found || (!frontDoor && !joint && !emergencyDuty)) throw new NotFoundException(`No case ${caseId}`);
    const [children, decisions, informationRequests, allocation, emergencyDutyRecords] = await Promise.all([
      manager.find(CaseChild, { where: { caseId }, order: { position: 'ASC' } }),
      manager.find(CaseDecision, { where: { caseId }, order: { decidedAt: 'ASC' } }),
      manager.find(InformationRequest, { where: { caseId }, order: { requestedAt: 'ASC', agency: 'ASC' } }),
      manager.findOneBy(CaseAllocation, { caseId }),
      manager.find(EmergencyDutyRecord, { where: { caseId }, order: { recordedAt: 'ASC' } }),
    ]);
    const staff = allocation ? await staffViews(manager, [allocation.screenerSubject, allocation.allocatedBy]) : null;
    const jointViews = joint
      ? await manager.find(JointDecisionView, { where: { caseId }, order: { recordedAt: 'ASC' } })
      : [];
    const histories = await Promise.all(children.map((child) => this.history(child.personId, caseId)));
    await this.audit.record(reader, { action: 'case.read', subjectType: 'case', subjectId: caseId, reason });
    return {
      id: found.id,
      contactId: found.contactId,
      reference: found.contactReference,
      receivedAt: found.receivedAt.toISOString(),
      status: found.status,
      sourceType: found.sourceType,
      cinReferralSource: found.cinReferralSource,
      referrerOrganisation: found.referrerOrganisation,
      referrer: found.referrer,
      recordedBy: found.recordedBy,
      children: children.map((child, index) => ({
        childId: child.id,
        personId: child.personId,
        matchedOn: child.matchedOn,
        matchNote: child.matchNote,
        details: child.details,
        history: histories[index],
      })),
      adults: found.adults,
      concerns: found.concernCategories,
      narrative: found.narrative,
      immediateDanger: found.immediateDanger,
      familyAwareness: found.familyAwareness,
      actionTakenSoFar: found.actionTakenSoFar,
      rag: found.rag,
      ragReasons: found.ragReasons,
      decisionDeadline: found.decisionDeadline.toISOString(),
      allocation:
        allocation && staff
          ? {
              screener: staff.get(allocation.screenerSubject)!,
              allocatedBy: staff.get(allocation.allocatedBy)!,
              allocatedAt: allocation.allocatedAt.toISOString(),
            }
          : null,
      queue: found.queue,
      deadlineClock: found.deadlineClock,
      emergencyDuty:
        found.queue === ScreeningQueue.EmergencyDutyTeam || emergencyDutyRecords.length > 0
          ? {
              handedOverAt: found.handedOverAt?.toISOString() ?? null,
              handedOverBy: found.handedOverBy,
              records: emergencyDutyRecords.map(toEmergencyDutyRecordView),
            }
          : null,
      reReferral: found.reReferral,
      previousReferralCaseId: found.previousReferralCaseId,
      levelSuggestion: found.levelSuggestion,
      decisions: decisions.map(toDecisionView),
      informationRequests: informationRequests.map((request) => toInformationRequestView(request, this.clock.now())),
      jointDecision: joint
        ? {
            status: joint.status,
            outcome: joint.outcome,
            riskLevel: joint.riskLevel,
            sealedAt: joint.sealedAt?.toISOString() ?? null,
            escalatedAt: joint.escalatedAt?.toISOString() ?? null,
            views: jointViews.map((view) => ({
              party: view.party,
              recordedBy: view.recordedBy,
              recommendedOutcome: view.recommendedOutcome,
              riskLevel: view.riskLevel,
              rationale: view.rationale,
              recordedAt: view.recordedAt.toISOString(),
            })),
          }
        : null,
    };
  }

  private async history(personId: string, exceptCaseId: string): Promise<PreviousCaseView[]> {
    const rows: {
      caseId: string;
      reference: string;
      receivedAt: Date;
      status: string;
      outcome: string | null;
      decidedAt: Date | null;
    }[] = await this.dataSource.query(
      `SELECT c.id AS "caseId", c.contact_reference AS reference, c.received_at AS "receivedAt", c.status,
              d.outcome, c.decided_at AS "decidedAt"
         FROM case_children cc
         JOIN screening_cases c ON c.id = cc.case_id
         LEFT JOIN case_decisions d ON d.case_id = c.id AND d.status = 'approved'
        WHERE cc.person_id = $1 AND c.id <> $2
        ORDER BY c.received_at DESC
        LIMIT 100`,
      [personId, exceptCaseId],
    );
    return rows.map((row) => ({
      ...row,
      receivedAt: new Date(row.receivedAt).toISOString(),
      decidedAt: row.decidedAt ? new Date(row.decidedAt).toISOString() : null,
    }));
  }
}

export function toDecisionView(decision: CaseDecision): DecisionView {
  return {
    id: decision.id,
    outcome: decision.outcome,
    levelOfNeed: decision.levelOfNeed,
    suggestedLevel: decision.suggestedLevel,
    rationale: decision.rationale,
    childsVoiceConsidered: decision.childsVoiceConsidered,
    childsVoiceSummary: decision.childsVoiceSummary,
    referrerFeedback: decision.referrerFeedback,
    decidedBy: decision.decidedBy,
    decidedAt: decision.decidedAt.toISOString(),
    status: decision.status,
    reviewedBy: decision.reviewedBy,
    reviewedAt: decision.reviewedAt?.toISOString() ?? null,
    returnReason: decision.returnReason,
  };
}
