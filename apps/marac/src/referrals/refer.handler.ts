import { AuditTrail } from '@frontdoor/audit';
import { AuthenticatedUser } from '@frontdoor/auth';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { MaracCriterion, assessMaracCriteria } from '../criteria/marac-criteria';
import { PairPerson, pairKey } from '../criteria/pair-key';
import { Clock, MARAC_CLOCK, MaracPolicy } from '../marac-policy';
import { MeetingListing } from '../meetings/meeting-listing';
import { ChildInHousehold, MaracReferral } from './marac-referral.entity';

export interface ReferralInput {
  source: MaracReferral['source'];
  incidentId?: string;
  policeReference?: string;
  victim: PairPerson;
  perpetrator: PairPerson;
  childrenInHousehold: ChildInHousehold[];
  referringAgency: string;
  dashYesCount?: number;
  professionalJudgementReason?: string;
  callOutsInLast12Months?: number;
  victimSafeAddress?: string;
  occurredAt: Date;
}

/**
 * One use case for every source (police incidents and partners' hand referrals): apply the
 * criteria (repeat found from this pair's earlier referrals, whatever their source), record the
 * referral with the criteria met or the reasons it is not eligible, and list it at a meeting.
 */
@Injectable()
export class ReferHandler {
  constructor(
    private readonly policy: MaracPolicy,
    private readonly listing: MeetingListing,
    private readonly audit: AuditTrail,
    @Inject(MARAC_CLOCK) private readonly clock: Clock,
  ) {}

  async refer(manager: EntityManager, actor: AuthenticatedUser, input: ReferralInput): Promise<MaracReferral> {
    if (input.incidentId) {
      const existing = await manager.findOneBy(MaracReferral, { incidentId: input.incidentId });
      if (existing) return existing; // the same incident again: one referral, never two
    }
    const key = pairKey(input.victim, input.perpetrator) ?? null;
    const previous = key
      ? await manager.findOne(MaracReferral, {
          where: { pairKey: key, status: 'referred' },
          order: { referredAt: 'DESC' },
        })
      : null;
    const assessment = assessMaracCriteria(
      {
        dashYesCount: input.dashYesCount,
        professionalJudgementReason: input.professionalJudgementReason,
        callOutsInLast12Months: input.callOutsInLast12Months,
        occurredAt: input.occurredAt,
        lastMaracReferralAt: previous?.referredAt,
      },
      this.policy.criteria,
    );
    const isRepeat = assessment.met.includes(MaracCriterion.Repeat);
    const referral = manager.create(MaracReferral, {
      id: randomUUID(),
      source: input.source,
      incidentId: input.incidentId ?? null,
      policeReference: input.policeReference ?? null,
      status: assessment.eligible ? 'referred' : 'not-eligible',
      criteriaMet: assessment.met,
      reasons: assessment.reasons,
      isRepeat,
      previousReferralId: isRepeat ? previous!.id : null,
      victimFirstName: input.victim.firstName,
      victimLastName: input.victim.lastName,
      victimDateOfBirth: input.victim.dateOfBirth ?? null,
      perpetratorFirstName: input.perpetrator.firstName,
      perpetratorLastName: input.perpetrator.lastName,
      perpetratorDateOfBirth: input.perpetrator.dateOfBirth ?? null,
      pairKey: key,
      childrenInHousehold: input.childrenInHousehold,
      referringAgency: input.referringAgency,
      referredBy: actor.subject,
      dashYesCount: input.dashYesCount ?? null,
      professionalJudgementReason: input.professionalJudgementReason?.trim() || null,
      callOutsInLast12Months: input.callOutsInLast12Months ?? null,
      victimSafeAddress: input.victimSafeAddress ?? null,
      occurredAt: input.occurredAt,
      referredAt: this.clock.now(),
      meetingId: null,
      idvaSubject: null,
      idvaName: null,
      idvaAllocatedAt: null,
    });
    await manager.insert(MaracReferral, referral);
    if (assessment.eligible) await this.listing.list(manager, referral);
    await this.audit.record(
      actor,
      {
        action: assessment.eligible ? 'marac.referral-created' : 'marac.referral-not-eligible',
        subjectType: 'marac-referral',
        subjectId: referral.id,
        reason: assessment.eligible ? `criteria met: ${assessment.met.join(', ')}` : 'no MARAC criterion met',
      },
      manager,
    );
    return referral;
  }
}
