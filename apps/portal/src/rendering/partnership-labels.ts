/**
 * Words for the partnership services' codes (screening's joint decisions, MARAC, strategy). The
 * portal imports no app, so the codes are repeated here as each service documents them in its
 * OpenAPI; a code we have no words for shows as itself (see labelFor).
 */
export const AGENCY_LABELS: Record<string, string> = {
  'children-social-care': "Children's social care",
  police: 'Police',
  health: 'Health',
  education: 'Education',
  'da-service': 'Domestic abuse service',
};

export const JOINT_PARTY_LABELS: Record<string, string> = {
  'social-worker': 'Social worker',
  police: 'Police (GMP)',
  'da-advisor': 'Domestic abuse advisor',
};

/** The three parties in the order the joint decision asks them. */
export const JOINT_PARTIES = Object.keys(JOINT_PARTY_LABELS);

export const RISK_LEVEL_LABELS: Record<string, string> = {
  standard: 'Standard',
  medium: 'Medium',
  high: 'High',
};

export const JOINT_STATUS_LABELS: Record<string, string> = {
  'awaiting-views': 'Waiting for views',
  agreed: 'Agreed',
  disagreed: 'Parties disagree: for a manager',
};

export const MARAC_CRITERION_LABELS: Record<string, string> = {
  'visible-high-risk': 'Visible high risk (DASH 14 or more)',
  'professional-judgement': 'Professional judgement',
  'potential-escalation': 'Potential escalation',
  repeat: 'Repeat',
};

export const ACTION_STATUS_LABELS: Record<string, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
};

export const STRATEGY_OUTCOME_LABELS: Record<string, string> = {
  's47-single-agency': 'Section 47 enquiry (single agency)',
  's47-joint': 'Section 47 enquiry (joint with police)',
  nfa: 'No further action',
  'further-strategy-meeting': 'Further strategy meeting',
  'immediate-protection': 'Immediate protection',
};

export const STRATEGY_STATUS_LABELS: Record<string, string> = {
  'awaiting-confirmations': 'Waiting for attendance',
  'slot-proposed': 'Time proposed',
  'no-common-slot': 'No common time',
  'outcome-recorded': 'Outcome recorded',
};

export const STRATEGY_REASON_LABELS: Record<string, string> = {
  'significant-harm-suspected': 'Significant harm suspected',
  'immediate-protection': 'Immediate protection',
};

/** Value and text pairs for radios and selects, in the labels' order. */
export function optionsFrom(labels: Record<string, string>): { value: string; text: string }[] {
  return Object.entries(labels).map(([value, text]) => ({ value, text }));
}

/** What the front door may ask each agency for (contracts' AGENCY_DATASETS), in words. */
export const DATASET_LABELS: Record<string, string> = {
  incidents: 'Incidents',
  'domestic-abuse-history': 'Domestic abuse history',
  'warning-markers': 'Warning markers',
  'open-investigations': 'Open investigations',
  'gp-registration': 'GP registration',
  'health-involvement': 'Health visiting, school nursing and CAMHS involvement',
  'child-protection-flags': 'Child protection flags (CP-IS)',
  'missed-appointments': 'Missed appointments',
  school: 'School',
  attendance: 'Attendance',
  exclusions: 'Exclusions',
  'safeguarding-concerns': 'Safeguarding concerns',
  'special-educational-needs': 'Special educational needs',
  'front-door-contacts': 'Front door contacts',
  'front-door-decisions': 'Front door decisions',
};

/** The PPN's incident types (police's `POST /incidents`). */
export const INCIDENT_TYPE_LABELS: Record<string, string> = {
  'domestic-abuse': 'Domestic abuse',
  'child-concern': 'Concern for a child',
  'missing-child': 'Missing child',
  'other-vulnerability': 'Another vulnerability',
};

export const DASH_ANSWER_LABELS: Record<string, string> = {
  yes: 'Yes',
  no: 'No',
  'dont-know': "Don't know",
};
