import { AuditTrail } from '@frontdoor/audit';
import { Agency, AuthenticatedUser } from '@frontdoor/auth';
import { ScreeningOutcome } from '@frontdoor/contracts';
import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RecordJointViewDto } from './dto/record-joint-view.dto';
import { JointParty, PartyView, RiskLevel, assessJointDecision } from './joint-decision-rules';
import { JointDecision, JointDecisionView } from './joint-decision.entity';

const PARTY_BY_AGENCY: Partial<Record<Agency, JointParty>> = {
  [Agency.ChildrenSocialCare]: JointParty.SocialWorker,
  [Agency.Police]: JointParty.Police,
  [Agency.DaService]: JointParty.DaAdvisor,
};

/**
 * Records one party's view and re-assesses: all agree → sealed; they differ → escalated to a
 * manager (once), and the disagreement stays on the case for anyone reviewing it.
 */
@Injectable()
export class RecordJointViewHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  async record(user: AuthenticatedUser, caseId: string, input: RecordJointViewDto): Promise<JointDecision> {
    const party = PARTY_BY_AGENCY[user.agency];
    if (!party) throw new ForbiddenException('Only children’s social care, police and the DA service decide jointly.');
    return this.dataSource.transaction(async (manager) => {
      const joint = await manager.findOne(JointDecision, { where: { caseId }, lock: { mode: 'pessimistic_write' } });
      if (!joint) throw new NotFoundException(`No joint decision is needed on case ${caseId}`);
      if (joint.sealedAt) {
        throw new ConflictException({
          title: 'Joint decision sealed',
          detail: 'All parties agreed; it can no longer change.',
        });
      }
      const now = new Date();
      await manager.insert(JointDecisionView, {
        id: randomUUID(),
        caseId,
        party,
        recordedBy: user.subject,
        recommendedOutcome: input.recommendedOutcome,
        riskLevel: input.riskLevel,
        rationale: input.rationale,
        recordedAt: now,
      });
      const views = await manager.findBy(JointDecisionView, { caseId });
      const assessment = assessJointDecision(views.map(toPartyView));
      joint.status = assessment.status;
      if (assessment.status === 'agreed') {
        Object.assign(joint, { outcome: assessment.outcome, riskLevel: assessment.riskLevel, sealedAt: now });
      }
      const firstDisagreement = assessment.status === 'disagreed' && !joint.escalatedAt;
      if (firstDisagreement) joint.escalatedAt = now;
      await manager.save(joint);
      await this.audit.record(
        user,
        {
          action: 'joint-decision.view-recorded',
          subjectType: 'case',
          subjectId: caseId,
          reason: `${party}: ${input.recommendedOutcome}`,
        },
        manager,
      );
      if (firstDisagreement) {
        await this.audit.record(
          user,
          {
            action: 'joint-decision.escalated',
            subjectType: 'case',
            subjectId: caseId,
            reason: 'parties disagree; manager to resolve',
          },
          manager,
        );
      }
      return joint;
    });
  }
}

function toPartyView(view: JointDecisionView): PartyView {
  return {
    party: view.party as JointParty,
    recommendedOutcome: view.recommendedOutcome as ScreeningOutcome,
    riskLevel: view.riskLevel as RiskLevel,
    recordedAt: view.recordedAt,
  };
}
