/**
 * The 24 questions of the SafeLives DASH risk identification checklist (2009), in their order:
 * police's `POST /incidents` takes the answers in this order. The officer asks the victim; "the
 * abuser" stands for the person the victim names.
 */
export const DASH_QUESTIONS: readonly string[] = [
  'Has the current incident resulted in injury?',
  'Is the victim very frightened?',
  'Is the victim afraid of further injury or violence, or of being killed?',
  'Does the victim feel isolated from family or friends (does the abuser try to stop them seeing friends, family, a doctor or others)?',
  'Is the victim feeling depressed or having suicidal thoughts?',
  'Has the victim separated or tried to separate from the abuser within the past year?',
  'Is there conflict over child contact?',
  'Does the abuser constantly text, call, contact, follow, stalk or harass the victim?',
  'Is the victim pregnant, or have they had a baby in the last 18 months?',
  'Is the abuse happening more often?',
  'Is the abuse getting worse?',
  'Does the abuser try to control everything the victim does, or are they excessively jealous?',
  'Has the abuser ever used weapons or objects to hurt the victim?',
  'Has the abuser ever threatened to kill the victim or someone else, and the victim believed them?',
  'Has the abuser ever attempted to strangle, choke, suffocate or drown the victim?',
  'Does the abuser do or say things of a sexual nature that make the victim feel bad, or that physically hurt them or someone else?',
  'Is there any other person who has threatened the victim, or who the victim is afraid of?',
  'Does the victim know if the abuser has hurt anyone else (children, siblings, an elderly relative, a stranger)?',
  'Has the abuser ever mistreated an animal or the family pet?',
  'Are there any financial issues (is the victim dependent on the abuser for money, has the abuser recently lost their job)?',
  'Has the abuser had problems in the past year with drugs, alcohol or mental health, leading to problems in leading a normal life?',
  'Has the abuser ever threatened or attempted suicide?',
  'Has the abuser ever broken bail, an injunction or a formal agreement about when they can see the victim or the children?',
  'Does the victim know if the abuser has ever been in trouble with the police or has a criminal history?',
];

/** The checklist in three pages of eight: short enough to read on a phone at the scene. */
export const DASH_QUESTIONS_PER_PAGE = 8;
export const DASH_PAGES = Math.ceil(DASH_QUESTIONS.length / DASH_QUESTIONS_PER_PAGE);

/** The question numbers (1-24) on one DASH page (1-3). */
export function dashQuestionNumbers(page: number): number[] {
  const first = (page - 1) * DASH_QUESTIONS_PER_PAGE + 1;
  const last = Math.min(page * DASH_QUESTIONS_PER_PAGE, DASH_QUESTIONS.length);
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}
