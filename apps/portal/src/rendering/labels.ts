import {
  ConcernCategory,
  ContactChannel,
  EmergencyDutyAction,
  FamilyAwareness,
  LevelOfNeed,
  Rag,
  ScreeningOutcome,
  SourceType,
} from '@frontdoor/contracts';

/** The words people see for the contracts' codes. One place, so every page says the same. */
export const CONCERN_LABELS: Record<ConcernCategory, string> = {
  [ConcernCategory.DomesticAbuse]: 'Domestic abuse',
  [ConcernCategory.Neglect]: 'Neglect',
  [ConcernCategory.PhysicalAbuse]: 'Physical abuse',
  [ConcernCategory.SexualAbuse]: 'Sexual abuse',
  [ConcernCategory.EmotionalAbuse]: 'Emotional abuse',
  [ConcernCategory.ChildSexualExploitation]: 'Child sexual exploitation',
  [ConcernCategory.ChildCriminalExploitation]: 'Child criminal exploitation',
  [ConcernCategory.Missing]: 'Missing from home, care or education',
  [ConcernCategory.SelfHarm]: 'Self-harm',
  [ConcernCategory.ChildMentalHealth]: "Child's mental health",
  [ConcernCategory.ParentMentalHealth]: "Parent's or carer's mental health",
  [ConcernCategory.ParentSubstanceMisuse]: "Parent's or carer's drug or alcohol use",
  [ConcernCategory.ChildSubstanceMisuse]: "Child's drug or alcohol use",
  [ConcernCategory.ParentLearningDisability]: "Parent's or carer's learning disability",
  [ConcernCategory.ChildDisability]: "Child's disability or illness",
  [ConcernCategory.YoungCarer]: 'Young carer',
  [ConcernCategory.Fgm]: 'Female genital mutilation (FGM)',
  [ConcernCategory.Trafficking]: 'Trafficking or modern slavery',
  [ConcernCategory.Gangs]: 'Gangs or serious youth violence',
  [ConcernCategory.FaithOrBeliefAbuse]: 'Abuse linked to faith or belief',
  [ConcernCategory.Radicalisation]: 'Radicalisation',
  [ConcernCategory.Housing]: 'Housing or homelessness',
  [ConcernCategory.SchoolAttendance]: 'School attendance',
  [ConcernCategory.Other]: 'Something else',
};

/** How a contact the front door logged came in. */
export const CHANNEL_LABELS: Record<ContactChannel, string> = {
  [ContactChannel.Phone]: 'By phone',
  [ContactChannel.Email]: 'By email',
  [ContactChannel.InPerson]: 'In person',
};

export const FAMILY_AWARENESS_LABELS: Record<FamilyAwareness, string> = {
  [FamilyAwareness.KnowsAndAgrees]: 'Yes, and they agree to the referral',
  [FamilyAwareness.KnowsNotAgreed]: 'Yes, but they do not agree to the referral',
  [FamilyAwareness.DoesNotKnow]: 'No, they do not know yet',
  [FamilyAwareness.NotToldBecauseOfRisk]: 'No, telling them could put the child at risk',
  [FamilyAwareness.Unknown]: 'I do not know',
};

export const OUTCOME_LABELS: Record<ScreeningOutcome, string> = {
  [ScreeningOutcome.NoFurtherAction]: 'No further action',
  [ScreeningOutcome.AdviceAndSignposting]: 'Advice and signposting',
  [ScreeningOutcome.EarlyHelp]: 'Early help',
  [ScreeningOutcome.ChildAndFamilyAssessment]: 'Child and family assessment',
  [ScreeningOutcome.StrategyDiscussion]: 'Strategy discussion',
  [ScreeningOutcome.ImmediateProtection]: 'Immediate protection',
};

export const LEVEL_OF_NEED_LABELS: Record<LevelOfNeed, string> = {
  [LevelOfNeed.Universal]: 'Level 1: universal',
  [LevelOfNeed.EarlyHelp]: 'Level 2: early help',
  [LevelOfNeed.Targeted]: 'Level 3: targeted, child in need',
  [LevelOfNeed.Specialist]: 'Level 4: specialist, child protection',
};

export const EMERGENCY_DUTY_ACTION_LABELS: Record<EmergencyDutyAction, string> = {
  [EmergencyDutyAction.Visited]: 'Visited the child',
  [EmergencyDutyAction.PoliceAttended]: 'Police attended',
  [EmergencyDutyAction.ChildSafe]: 'Child seen and safe tonight',
  [EmergencyDutyAction.Placed]: 'Child placed (police protection or emergency accommodation)',
  [EmergencyDutyAction.Advice]: 'Advice given by phone',
};

export const RAG_LABELS: Record<Rag, string> = { [Rag.Red]: 'Red', [Rag.Amber]: 'Amber', [Rag.Green]: 'Green' };

export const SOURCE_LABELS: Record<SourceType, string> = {
  [SourceType.Police]: 'Police',
  [SourceType.School]: 'School',
  [SourceType.Health]: 'Health',
  [SourceType.Public]: 'Public',
  [SourceType.LocalAuthority]: 'Local authority',
  [SourceType.Other]: 'Other',
};

/** How screening found the child in its records (screening's MatchedOn), in the screener's words. */
export const CHILD_RECORD_MATCH_LABELS: Record<string, string> = {
  'nhs-number': 'Known to the front door: same NHS number',
  upn: 'Known to the front door: same unique pupil number',
  'name-dob-postcode': 'Known to the front door: same name, date of birth and postcode',
  'new-person': 'Not found in earlier contacts: a new record',
};

/** A label for a code, or the code itself when it is one we have no words for (a newer version). */
export function labelFor(labels: Record<string, string>, code: string | number | null | undefined): string {
  if (code === null || code === undefined) return '';
  return labels[String(code)] ?? String(code);
}

const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: 'Europe/London',
});

/** 12 April 2017 (GOV.UK style). */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? iso : DATE.format(date);
}

/** 12 April 2017 at 3:05pm (GOV.UK style). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(DATE_TIME.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.day} ${parts.month} ${parts.year} at ${parts.hour}:${parts.minute}${String(parts.dayPeriod).toLowerCase()}`;
}
