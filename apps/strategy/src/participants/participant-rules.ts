import { TZDate } from '@date-fns/tz';
import { SourceType, PartnerAgency } from '@frontdoor/contracts';

/** Who takes part in a strategy discussion. Children's social care chairs it. */
export enum Participant {
  ChildrensSocialCare = 'children-social-care',
  Police = 'police',
  Health = 'health',
  Education = 'education',
}

export type InvitedParticipant = Participant.Police | Participant.Health | Participant.Education;

/** The partner agency service each invited participant is (they share the contract's vocabulary). */
export const AGENCY_OF: Record<InvitedParticipant, PartnerAgency> = {
  [Participant.Police]: PartnerAgency.Police,
  [Participant.Health]: PartnerAgency.Health,
  [Participant.Education]: PartnerAgency.Education,
};

export interface ParticipantRequirement {
  participant: Participant;
  role: 'chair' | 'attendee';
  /** Why they are there, for the record. */
  reasons: string[];
}

export interface ParticipantFacts {
  /** Who made the contact (a school, police, health ...). */
  referrerSourceType: SourceType;
  children: { dateOfBirth?: string }[];
  /** The day the discussion is asked for: ages are worked out on this London date. */
  on: Date;
}

/** Reception to the end of education or training at 18: the school (or college) knows the child. */
export const SCHOOL_AGE = { from: 4, below: 18 } as const;

const REFERRER_PARTICIPANT: Partial<Record<SourceType, InvitedParticipant>> = {
  [SourceType.Police]: Participant.Police,
  [SourceType.Health]: Participant.Health,
  [SourceType.School]: Participant.Education,
};

/**
 * Working Together's minimum (social care, police, health), plus education when the referrer is
 * a school or any child is of school age, and the referrer's own agency in any case.
 */
export function requiredParticipants(facts: ParticipantFacts): ParticipantRequirement[] {
  const required: ParticipantRequirement[] = [
    { participant: Participant.ChildrensSocialCare, role: 'chair', reasons: ['chairs the discussion'] },
    { participant: Participant.Police, role: 'attendee', reasons: ['statutory minimum'] },
    { participant: Participant.Health, role: 'attendee', reasons: ['statutory minimum'] },
  ];
  const add = (participant: Participant, reason: string) => {
    const existing = required.find((r) => r.participant === participant);
    if (existing) existing.reasons.push(reason);
    else required.push({ participant, role: 'attendee', reasons: [reason] });
  };
  const referrer = REFERRER_PARTICIPANT[facts.referrerSourceType];
  if (referrer) add(referrer, "the referrer's agency");
  const today = londonDate(facts.on);
  if (facts.children.some((child) => child.dateOfBirth && isSchoolAge(child.dateOfBirth, today))) {
    add(Participant.Education, 'a child is of school age');
  }
  return required;
}

/** The agencies invited over Kafka: every participant except the chair's own service. */
export function invitedParticipants(required: ParticipantRequirement[]): InvitedParticipant[] {
  return required
    .map((r) => r.participant)
    .filter((p): p is InvitedParticipant => p !== Participant.ChildrensSocialCare);
}

export function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.slice(0, 10).split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

function isSchoolAge(dateOfBirth: string, today: string): boolean {
  const age = ageOn(dateOfBirth, today);
  return age >= SCHOOL_AGE.from && age < SCHOOL_AGE.below;
}

function londonDate(instant: Date): string {
  const local = new TZDate(instant.getTime(), 'Europe/London');
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}
