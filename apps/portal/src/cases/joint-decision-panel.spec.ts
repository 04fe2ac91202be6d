import type { JointDecision } from '../clients/screening.client';
import { jointDecisionPanel, parseJointView, parseReturnReason } from './joint-decision-panel';

const view = (party: string, recommendedOutcome: string, recordedAt: string) => ({
  party,
  recordedBy: `demo-${party}`,
  recommendedOutcome,
  riskLevel: 'high',
  rationale: 'Because.',
  recordedAt,
});

const joint = (views: JointDecision['views'], sealedAt: string | null = null): JointDecision => ({
  status: sealedAt ? 'agreed' : 'awaiting-views',
  outcome: null,
  riskLevel: null,
  sealedAt,
  escalatedAt: null,
  views,
});

describe('jointDecisionPanel', () => {
  it("shows each party's latest view, keeps the ones it replaced, and names who has not answered", () => {
    const panel = jointDecisionPanel(
      joint([
        view('police', 'early-help', '2026-11-23T10:00:00.000Z'),
        view('police', 'strategy-discussion', '2026-11-23T11:00:00.000Z'),
        view('da-advisor', 'strategy-discussion', '2026-11-23T10:30:00.000Z'),
      ]),
      'police',
    );
    expect(panel.parties.map((entry) => [entry.party, entry.latest?.recommendedOutcome ?? null])).toEqual([
      ['social-worker', null],
      ['police', 'strategy-discussion'],
      ['da-advisor', 'strategy-discussion'],
    ]);
    expect(panel.parties[1].earlier.map((earlier) => earlier.recommendedOutcome)).toEqual(['early-help']);
    expect(panel.waitingFor).toEqual(['social-worker']);
    expect(panel).toMatchObject({ ownParty: 'police', canRecord: true });
  });

  it('offers the form only to the three agencies, and not once the decision is sealed', () => {
    expect(jointDecisionPanel(joint([]), 'children-social-care')).toMatchObject({
      ownParty: 'social-worker',
      canRecord: true,
    });
    expect(jointDecisionPanel(joint([]), 'da-service')).toMatchObject({ ownParty: 'da-advisor', canRecord: true });
    expect(jointDecisionPanel(joint([]), 'health')).toMatchObject({ ownParty: null, canRecord: false });
    expect(jointDecisionPanel(joint([], '2026-11-23T12:00:00.000Z'), 'police').canRecord).toBe(false);
  });
});

describe('parseJointView', () => {
  it('names every missing answer', () => {
    const parsed = parseJointView({ jointRisk: 'constructor' });
    expect(parsed.ok ? [] : parsed.errors.map((error) => error.field)).toEqual([
      'jointOutcome',
      'jointRisk',
      'jointRationale',
    ]);
  });

  it("gives screening's body from the prefixed fields", () => {
    expect(
      parseJointView({ jointOutcome: 'early-help', jointRisk: 'medium', jointRationale: '  Known to early help. ' }),
    ).toEqual({
      ok: true,
      value: { recommendedOutcome: 'early-help', riskLevel: 'medium', rationale: 'Known to early help.' },
    });
  });
});

describe('parseReturnReason', () => {
  it('needs a reason of at most 5,000 characters', () => {
    expect(parseReturnReason({ returnReason: ' ' }).ok).toBe(false);
    expect(parseReturnReason({ returnReason: 'x'.repeat(5001) }).ok).toBe(false);
    expect(parseReturnReason({ returnReason: 'Check attendance.' })).toEqual({ ok: true, value: 'Check attendance.' });
  });
});
