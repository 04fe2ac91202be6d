import { AuditTrail } from '@frontdoor/audit';
import { AuthenticatedUser } from '@frontdoor/auth';
import { londonLongDate } from '@frontdoor/calendar';
import { isUniqueViolation } from '@frontdoor/database';
import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { MaracCriterion, assessMaracCriteria } from '../criteria/marac-criteria';
import { PartyIdentity, samePair } from '../criteria/same-pair';
import { Clock, MARAC_CLOCK, MaracPolicy } from '../marac-policy';
import { MeetingListing } from '../meetings/meeting-listing';
import { RequestResearch, maracReference } from '../research/request-research';
import { ChildInHousehold, MaracReferral, ReferralSource } from './marac-referral.entity';

function caseAlreadyReferred(earlier: MaracReferral): ConflictException {
  return new ConflictException({
    title: 'Case already referred',
    detail: `This case was referred to MARAC on ${londonLongDate(earlier.referredAt)} (${maracReference(earlier)}); it is referred once.`,
  });
}

export interface ReferralInput {
  source: ReferralSource;
  incidentId?: string;
  screeningCaseId?: string;
  policeReference?: string;
  victim: PartyIdentity;
  perpetrator: PartyIdentity;
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
    private readonly research: RequestResearch,
    private readonly audit: AuditTrail,
    @Inject(MARAC_CLOCK) private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async refer(manager: EntityManager, actor: AuthenticatedUser, input: ReferralInput): Promise<MaracReferral> {
    // The same incident or decided case again: one referral, never two.
    const sameSource = input.incidentId
      ? { incidentId: input.incidentId }
      : input.screeningCaseId
        ? { screeningCaseId: input.screeningCaseId }
        : undefined;
    const existing = sameSource && (await manager.findOneBy(MaracReferral, sameSource));
    if (existing) return existing;
    const previous = await this.lastReferralOfPair(manager, input);
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
      screeningCaseId: input.screeningCaseId ?? null,
      policeReference: input.policeReference ?? null,
      status: assessment.eligible ? 'referred' : 'not-eligible',
      criteriaMet: assessment.met,
      reasons: assessment.reasons,
      isRepeat,
      previousReferralId: isRepeat ? previous!.id : null,
      victimFirstName: input.victim.firstName,
      victimLastName: input.victim.lastName,
      victimDateOfBirth: input.victim.dateOfBirth ?? null,
      victimNhsNumber: input.victim.nhsNumber ?? null,
      victimPncId: input.victim.pncId ?? null,
      perpetratorFirstName: input.perpetrator.firstName,
      perpetratorLastName: input.perpetrator.lastName,
      perpetratorDateOfBirth: input.perpetrator.dateOfBirth ?? null,
      perpetratorNhsNumber: input.perpetrator.nhsNumber ?? null,
      perpetratorPncId: input.perpetrator.pncId ?? null,
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
    if (assessment.eligible) {
      const meeting = await this.listing.list(manager, referral);
      await this.research.forListedCase(manager, referral, meeting);
    }
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

  /**
   * A partner's referral by hand. One that names a front-door case is refused when that case is
   * already referred (by hand or by its decision), including by a double submit that raced this
   * one: the database's one-referral-per-case index decides, and the loser gets the same 409.
   */
  async referByHand(actor: AuthenticatedUser, input: ReferralInput): Promise<MaracReferral> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (input.screeningCaseId) {
          const earlier = await manager.findOneBy(MaracReferral, { screeningCaseId: input.screeningCaseId });
          if (earlier) throw caseAlreadyReferred(earlier);
        }
        return this.refer(manager, actor, input);
      });
    } catch (error) {
      if (!input.screeningCaseId || !isUniqueViolation(error)) throw error;
      const earlier = await this.dataSource.manager.findOneBy(MaracReferral, {
        screeningCaseId: input.screeningCaseId,
      });
      throw earlier ? caseAlreadyReferred(earlier) : error;
    }
  }

  /**
   * This pair's latest referral that went to MARAC, from any source. Candidates share one of the
   * victim's identifiers or their date of birth; `samePair` decides (spellings vary, ids do not).
   */
  private async lastReferralOfPair(manager: EntityManager, input: ReferralInput): Promise<MaracReferral | null> {
    const { victim } = input;
    const known = (
      [
        ['victim_nhs_number', victim.nhsNumber],
        ['victim_pnc_id', victim.pncId],
        ['victim_date_of_birth', victim.dateOfBirth],
      ] as const
    ).filter(([, value]) => !!value);
    if (known.length === 0) return null;
    const clauses = known.map(([column], index) => `r.${column} = :value${index}`);
    const parameters = Object.fromEntries(known.map(([, value], index) => [`value${index}`, value]));
    const candidates = await manager
      .createQueryBuilder(MaracReferral, 'r')
      .where(`r.status = 'referred'`)
      .andWhere(`(${clauses.join(' OR ')})`, parameters)
      .orderBy('r.referred_at', 'DESC')
      .limit(200)
      .getMany();
    const pair = { victim: input.victim, perpetrator: input.perpetrator };
    return candidates.find((candidate) => samePair(pair, referralPair(candidate))) ?? null;
  }
}

function referralPair(referral: MaracReferral) {
  return {
    victim: {
      firstName: referral.victimFirstName,
      lastName: referral.victimLastName,
      dateOfBirth: referral.victimDateOfBirth,
      nhsNumber: referral.victimNhsNumber,
      pncId: referral.victimPncId,
    },
    perpetrator: {
      firstName: referral.perpetratorFirstName,
      lastName: referral.perpetratorLastName,
      dateOfBirth: referral.perpetratorDateOfBirth,
      nhsNumber: referral.perpetratorNhsNumber,
      pncId: referral.perpetratorPncId,
    },
  };
}
