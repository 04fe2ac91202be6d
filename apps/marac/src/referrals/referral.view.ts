import { AuthenticatedUser } from '@frontdoor/auth';
import { MaracAction } from '../actions/marac-action.entity';
import { isOverdue } from '../actions/overdue';
import { RESTRICTED_READERS } from '../marac-policy';
import { MaracResearch } from '../research/marac-research.entity';
import { maracReference } from '../research/request-research';
import { researchView } from '../research/research.view';
import { MaracReferral } from './marac-referral.entity';

export const RESTRICTED = '[restricted]';

export function canSeeRestricted(user: AuthenticatedUser): boolean {
  return user.roles.some((role) => RESTRICTED_READERS.includes(role));
}

/**
 * A referral as a reader may see it. The safe address is replaced by "[restricted]" for anyone
 * but the IDVA and police: it must never reach the perpetrator, so it goes no further than them.
 */
export interface ReferralDetail {
  now: Date;
  actions?: MaracAction[];
  research?: MaracResearch[];
}

export function referralView(
  referral: MaracReferral,
  reader: AuthenticatedUser,
  { now, actions = [], research = [] }: ReferralDetail,
) {
  const restricted =
    referral.victimSafeAddress === null ? null : canSeeRestricted(reader) ? referral.victimSafeAddress : RESTRICTED;
  return {
    id: referral.id,
    reference: maracReference(referral),
    source: referral.source,
    policeReference: referral.policeReference,
    status: referral.status,
    criteriaMet: referral.criteriaMet,
    reasons: referral.reasons,
    repeat: referral.isRepeat,
    previousReferralId: referral.previousReferralId,
    victim: person(referral.victimFirstName, referral.victimLastName, referral.victimDateOfBirth),
    perpetrator: person(referral.perpetratorFirstName, referral.perpetratorLastName, referral.perpetratorDateOfBirth),
    childrenInHousehold: referral.childrenInHousehold,
    referringAgency: referral.referringAgency,
    risk: {
      dashYesCount: referral.dashYesCount,
      professionalJudgementReason: referral.professionalJudgementReason,
      callOutsInLast12Months: referral.callOutsInLast12Months,
    },
    victimSafeAddress: restricted,
    occurredAt: referral.occurredAt,
    referredAt: referral.referredAt,
    meetingId: referral.meetingId,
    idva: referral.idvaSubject
      ? { subject: referral.idvaSubject, name: referral.idvaName, allocatedAt: referral.idvaAllocatedAt }
      : null,
    actions: actions.map((action) => ({ ...action, overdue: isOverdue(action, now) })),
    research: research.map((answer) => researchView(answer, now)),
  };
}

function person(firstName: string, lastName: string, dateOfBirth: string | null) {
  return { firstName, lastName, dateOfBirth };
}
