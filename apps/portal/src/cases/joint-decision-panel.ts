import { ScreeningOutcome } from '@frontdoor/contracts';
import type { JointDecision, RecordJointView } from '../clients/screening.client';
import { JOINT_PARTIES, RISK_LEVEL_LABELS } from '../rendering/partnership-labels';
import { required, text, type FieldError, type FormBody, type Parsed } from '../referrals/referral-answers';

type JointView = JointDecision['views'][number];

/** Screening decides the party from the token's agency; the portal mirrors it to know whose form to offer. */
const PARTY_BY_AGENCY: Record<string, string> = {
  'children-social-care': 'social-worker',
  police: 'police',
  'da-service': 'da-advisor',
};

export interface PartyViews {
  party: string;
  /** The view that counts: each party's latest. */
  latest: JointView | null;
  /** Views the party later changed, newest first, so the record of disagreement stays visible. */
  earlier: JointView[];
}

export interface JointDecisionPanel {
  parties: PartyViews[];
  /** Parties that have not given a view yet. */
  waitingFor: string[];
  /** The signed-in person's party, when their agency is one of the three. */
  ownParty: string | null;
  canRecord: boolean;
}

/** Each agency's recorded view for the case page, and whether this person may add theirs. */
export function jointDecisionPanel(joint: JointDecision, agency: string): JointDecisionPanel {
  const parties = JOINT_PARTIES.map((party) => {
    const views = joint.views
      .filter((view) => view.party === party)
      .sort((a, b) => b.recordedAt.localeCompare(a.recordedAt));
    return { party, latest: views[0] ?? null, earlier: views.slice(1) };
  });
  const ownParty = PARTY_BY_AGENCY[agency] ?? null;
  return {
    parties,
    waitingFor: parties.filter((entry) => entry.latest === null).map((entry) => entry.party),
    ownParty,
    canRecord: ownParty !== null && joint.sealedAt === null,
  };
}

const OUTCOMES = new Set<string>(Object.values(ScreeningOutcome));

/**
 * The joint view form. Its fields are prefixed (`joint…`) because the decision form on the same
 * page has its own outcome and reasons, and ids must be unique.
 */
export function parseJointView(body: FormBody): Parsed<RecordJointView> {
  const errors: FieldError[] = [];
  const recommendedOutcome = text(body, 'jointOutcome');
  if (!OUTCOMES.has(recommendedOutcome))
    errors.push({ field: 'jointOutcome', text: 'Select the outcome you recommend' });
  const riskLevel = text(body, 'jointRisk');
  if (!Object.hasOwn(RISK_LEVEL_LABELS, riskLevel))
    errors.push({ field: 'jointRisk', text: 'Select the risk you see' });
  const rationale = required(body, 'jointRationale', 'Enter the reasons for your view', errors, 10_000);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { recommendedOutcome, riskLevel, rationale } };
}

/** A manager's reason for returning a decision: screening needs one, up to 5,000 characters. */
export function parseReturnReason(body: FormBody): Parsed<string> {
  const errors: FieldError[] = [];
  const reason = required(body, 'returnReason', 'Enter why you are returning the decision', errors, 5_000);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: reason };
}
