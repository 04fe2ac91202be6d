import type { Express } from 'express';
import { dirname, join } from 'node:path';
import { demoOrganisationName } from '@frontdoor/auth';
import nunjucks from 'nunjucks';
import {
  CHANNEL_LABELS,
  CHILD_RECORD_MATCH_LABELS,
  CONCERN_LABELS,
  EMERGENCY_DUTY_ACTION_LABELS,
  FAMILY_AWARENESS_LABELS,
  LEVEL_OF_NEED_LABELS,
  OUTCOME_LABELS,
  RAG_LABELS,
  SOURCE_LABELS,
  formatDate,
  formatDateTime,
  labelFor,
} from './labels';
import {
  ACTION_STATUS_LABELS,
  AGENCY_LABELS,
  DATASET_LABELS,
  JOINT_PARTY_LABELS,
  JOINT_STATUS_LABELS,
  MARAC_CRITERION_LABELS,
  RISK_LEVEL_LABELS,
  STRATEGY_OUTCOME_LABELS,
  STRATEGY_REASON_LABELS,
  INCIDENT_TYPE_LABELS,
  DASH_ANSWER_LABELS,
  STRATEGY_STATUS_LABELS,
  optionsFrom,
} from './partnership-labels';

/** Where govuk-frontend keeps its Nunjucks templates (`govuk/...`) and its built assets. */
export const GOVUK_FRONTEND_DIST = join(dirname(require.resolve('govuk-frontend/package.json')), 'dist');
export const VIEWS_DIR = join(__dirname, '..', 'views');
export const PUBLIC_DIR = join(__dirname, '..', 'public');

/** Nunjucks for the portal's views and the GOV.UK macros, autoescaped, as Express's view engine. */
export function configureNunjucks(app: Express, options: { watch: boolean }): nunjucks.Environment {
  const env = nunjucks.configure([VIEWS_DIR, GOVUK_FRONTEND_DIST], {
    autoescape: true,
    throwOnUndefined: false,
    noCache: options.watch,
    express: app,
  });
  app.set('view engine', 'njk');
  app.set('views', VIEWS_DIR);
  env.addFilter('date', formatDate);
  env.addFilter('dateTime', formatDateTime);
  env.addFilter('concern', (code: string) => labelFor(CONCERN_LABELS, code));
  env.addFilter('familyAwareness', (code: string) => labelFor(FAMILY_AWARENESS_LABELS, code));
  env.addFilter('outcome', (code: string) => labelFor(OUTCOME_LABELS, code));
  env.addFilter('levelOfNeed', (code: number) => labelFor(LEVEL_OF_NEED_LABELS, code));
  env.addFilter('rag', (code: string) => labelFor(RAG_LABELS, code));
  env.addFilter('source', (code: string) => labelFor(SOURCE_LABELS, code));
  // Events name organisations by id; the demo's are named, any other shows its id until a directory exists.
  env.addFilter('organisation', (id: string) => demoOrganisationName(id));
  for (const [name, labels] of Object.entries({
    agency: AGENCY_LABELS,
    dataset: DATASET_LABELS,
    jointParty: JOINT_PARTY_LABELS,
    jointStatus: JOINT_STATUS_LABELS,
    riskLevel: RISK_LEVEL_LABELS,
    maracCriterion: MARAC_CRITERION_LABELS,
    actionStatus: ACTION_STATUS_LABELS,
    channel: CHANNEL_LABELS,
    strategyOutcome: STRATEGY_OUTCOME_LABELS,
    strategyStatus: STRATEGY_STATUS_LABELS,
    strategyReason: STRATEGY_REASON_LABELS,
    incidentType: INCIDENT_TYPE_LABELS,
    dashAnswer: DASH_ANSWER_LABELS,
    childRecordMatch: CHILD_RECORD_MATCH_LABELS,
    emergencyDutyAction: EMERGENCY_DUTY_ACTION_LABELS,
  })) {
    env.addFilter(name, (code: string) => labelFor(labels, code));
  }
  /** GOV.UK error summary items from FieldError[] (field id → #href). */
  env.addFilter('errorSummary', (errors: { field: string; text: string }[] | undefined) =>
    (errors ?? []).map((error) => ({ text: error.text, href: `#${error.field}` })),
  );
  /** The inline error message for one field, or undefined (GOV.UK macros then show none). */
  env.addFilter('errorFor', (errors: { field: string; text: string }[] | undefined, ...fields: string[]) => {
    const error = (errors ?? []).find((candidate) =>
      fields.some((field) => candidate.field === field || candidate.field.startsWith(`${field}-`)),
    );
    return error ? { text: error.text } : undefined;
  });
  /** Radio or checkbox items with the chosen ones checked. */
  env.addFilter('checkedItems', (options: { value: string; text: string }[], chosen: unknown) => {
    const selected = new Set((Array.isArray(chosen) ? chosen : [chosen]).map((value) => String(value)));
    return options.map((option) => ({ ...option, checked: selected.has(option.value) }));
  });
  /** Checked items as select options (selects say "selected", not "checked"). */
  env.addFilter('selectedFrom', (items: { value: string; text: string; checked?: boolean }[]) =>
    items.map(({ checked, ...item }) => ({ ...item, selected: checked === true })),
  );
  env.addFilter('concat', (first: unknown[], second: unknown[]) => [...first, ...second]);
  env.addGlobal(
    'concernOptions',
    Object.entries(CONCERN_LABELS).map(([value, text]) => ({ value, text })),
  );
  env.addGlobal(
    'familyAwarenessOptions',
    Object.entries(FAMILY_AWARENESS_LABELS).map(([value, text]) => ({ value, text })),
  );
  env.addGlobal(
    'outcomeOptions',
    Object.entries(OUTCOME_LABELS).map(([value, text]) => ({ value, text })),
  );
  env.addGlobal(
    'levelOfNeedOptions',
    Object.entries(LEVEL_OF_NEED_LABELS).map(([value, text]) => ({ value, text })),
  );
  env.addGlobal('riskLevelOptions', optionsFrom(RISK_LEVEL_LABELS));
  env.addGlobal('strategyOutcomeOptions', optionsFrom(STRATEGY_OUTCOME_LABELS));
  return env;
}
