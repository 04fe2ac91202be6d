/**
 * The question pages a school's referral and a screener's logged contact share (the child, their
 * voice, the adults, the worry, whether the family knows, check answers): where the journey lives
 * and the few words that differ between a referrer telling us and a screener writing down what
 * they were told.
 */
export interface ContactJourney {
  /** The path every page of the journey is under. */
  base: string;
  /** The folder of its own start and confirmation pages. */
  views: 'referrals' | 'log-contact';
  /** The first question after "start now". */
  firstPage: string;
  /** Where the session keeps the draft, and what was last sent (for the confirmation). */
  draftKey: 'referral' | 'loggedContact';
  submittedKey: 'lastSubmitted' | 'lastLogged';
  /** What is being sent: "referral" for a school, "contact" for the front door. */
  noun: 'referral' | 'contact';
  /** Who made it, as the questions say it: "the school", "the referrer". */
  who: string;
  worryQuestion: string;
  worryRequired: string;
  worryMissing: string;
}

export const SCHOOL_REFERRAL: ContactJourney = {
  base: '/referrals',
  views: 'referrals',
  firstPage: 'immediate-danger',
  draftKey: 'referral',
  submittedKey: 'lastSubmitted',
  noun: 'referral',
  who: 'the school',
  worryQuestion: 'What are you worried about?',
  worryRequired: 'Enter what you are worried about',
  worryMissing: 'Describe what you are worried about',
};

export const LOGGED_CONTACT: ContactJourney = {
  base: '/log-contact',
  views: 'log-contact',
  firstPage: 'how-received',
  draftKey: 'loggedContact',
  submittedKey: 'lastLogged',
  noun: 'contact',
  who: 'the referrer',
  worryQuestion: 'What is the referrer worried about?',
  worryRequired: 'Enter what the referrer is worried about',
  worryMissing: 'Describe what the referrer is worried about',
};
