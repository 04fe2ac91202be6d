import { REFERRAL_OUTCOMES, Rag, ScreeningOutcome, SourceType } from '@frontdoor/contracts';

/** One contact as the dashboard counts it. Pure input: the query supplies these rows. */
export interface DashboardContact {
  /** The London calendar day intake received it, 'yyyy-MM-dd'. */
  day: string;
  source: SourceType;
  /** Set once a manager has signed the decision off. */
  outcome?: ScreeningOutcome;
  decidedWithinDeadline?: boolean;
  reReferral: boolean;
}

export interface Share {
  count: number;
  of: number;
  /** count / of, or null when there is nothing to divide by. */
  rate: number | null;
}

export interface Dashboard {
  contactsPerDay: { day: string; total: number; bySource: Partial<Record<SourceType, number>> }[];
  contacts: number;
  decided: number;
  decidedWithinDeadline: Share;
  contactToReferral: Share;
  reReferral: Share;
  noFurtherAction: Share;
  policeContactsEndingInNfa: Share;
  openByRag: Record<Rag, number>;
}

/**
 * The figures leaders watch (domain.md "What leaders measure"), from the contacts received in a
 * period. Rates count decided contacts only: an open case has no outcome yet. Days with no
 * contacts are listed with zero, so a chart's gaps are real gaps.
 */
export function summariseDashboard(
  contacts: readonly DashboardContact[],
  days: readonly string[],
  openByRag: Record<Rag, number>,
): Dashboard {
  const decided = contacts.filter((contact) => contact.outcome !== undefined);
  const referrals = decided.filter((contact) => REFERRAL_OUTCOMES.includes(contact.outcome!));
  const nfa = (contact: DashboardContact) => contact.outcome === ScreeningOutcome.NoFurtherAction;
  const police = decided.filter((contact) => contact.source === SourceType.Police);
  return {
    contactsPerDay: days.map((day) => {
      const onDay = contacts.filter((contact) => contact.day === day);
      const bySource: Partial<Record<SourceType, number>> = {};
      for (const contact of onDay) bySource[contact.source] = (bySource[contact.source] ?? 0) + 1;
      return { day, total: onDay.length, bySource };
    }),
    contacts: contacts.length,
    decided: decided.length,
    decidedWithinDeadline: share(decided.filter((contact) => contact.decidedWithinDeadline).length, decided.length),
    contactToReferral: share(referrals.length, decided.length),
    reReferral: share(referrals.filter((contact) => contact.reReferral).length, referrals.length),
    noFurtherAction: share(decided.filter(nfa).length, decided.length),
    policeContactsEndingInNfa: share(police.filter(nfa).length, police.length),
    openByRag,
  };
}

function share(count: number, of: number): Share {
  return { count, of, rate: of === 0 ? null : count / of };
}

/** Every calendar day from `from` to `to` inclusive ('yyyy-MM-dd'), at most 366. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = new Date(`${from}T00:00:00Z`); day <= new Date(`${to}T00:00:00Z`) && days.length < 366;) {
    days.push(day.toISOString().slice(0, 10));
    day = new Date(day.getTime() + 86_400_000);
  }
  return days;
}
