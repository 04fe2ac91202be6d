import type { DashAnswer, IncidentType } from '@frontdoor/contracts';
import type { IncidentChild, IncidentPerson, PublicProtectionNotice } from '../clients/police.client';
import { DASH_QUESTIONS } from './dash-questions';

/** What the officer said about the incident itself. */
export interface IncidentAnswers {
  type: IncidentType;
  /** ISO 8601 instant. */
  occurredAt: string;
  summary: string;
}

export interface PeopleAnswers {
  victim?: IncidentPerson;
  perpetrator?: IncidentPerson;
  children: IncidentChild[];
}

/** A notice in progress, kept in the session until the officer sends it to GMP's records. */
export interface PpnDraft {
  startedAt: string;
  incident?: IncidentAnswers;
  people?: PeopleAnswers;
  /** 24 slots, in question order; a slot is empty until its page is answered. */
  dashAnswers: (DashAnswer | null)[];
  professionalJudgementHighRisk?: boolean;
}

export function newPpnDraft(now: Date): PpnDraft {
  return { startedAt: now.toISOString(), dashAnswers: DASH_QUESTIONS.map(() => null) };
}

/** The DASH checklist is asked for domestic abuse only (police refuse it on any other type). */
export function asksDash(draft: PpnDraft): boolean {
  return draft.incident?.type === 'domestic-abuse';
}

export interface MissingAnswer {
  text: string;
  href: string;
}

/** What the notice cannot be sent without, and the page that asks it, in the order the pages ask. */
export function missingPpnAnswers(draft: PpnDraft): MissingAnswer[] {
  const missing: MissingAnswer[] = [];
  if (!draft.incident) missing.push({ text: 'Say what happened and when', href: '/ppns/new/incident' });
  if (!draft.people) missing.push({ text: 'Add the children and the people involved', href: '/ppns/new/people' });
  if (asksDash(draft)) {
    const firstUnanswered = draft.dashAnswers.findIndex((answer) => answer === null);
    if (firstUnanswered >= 0 || draft.professionalJudgementHighRisk === undefined) {
      const page = firstUnanswered >= 0 ? Math.floor(firstUnanswered / 8) + 1 : 3;
      missing.push({ text: 'Complete the DASH risk checklist', href: `/ppns/new/dash/${page}` });
    }
  }
  return missing;
}

/** The draft as police's `POST /incidents` body; only called once nothing is missing. */
export function toPublicProtectionNotice(draft: PpnDraft): PublicProtectionNotice {
  const { incident, people } = draft;
  if (!incident || !people) throw new Error('the notice is not complete');
  return {
    type: incident.type,
    occurredAt: incident.occurredAt,
    summary: incident.summary,
    ...(people.victim && { victim: people.victim }),
    ...(people.perpetrator && { perpetrator: people.perpetrator }),
    children: people.children,
    ...(asksDash(draft) && {
      dash: {
        answers: draft.dashAnswers as DashAnswer[],
        professionalJudgementHighRisk: draft.professionalJudgementHighRisk ?? false,
      },
    }),
  };
}
