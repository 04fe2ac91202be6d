import { ConcernCategory, ScreeningOutcome, SourceType } from '@frontdoor/contracts';
import { JointParty, PartyView, RiskLevel, assessJointDecision, needsJointDecision } from './joint-decision-rules';

const view = (party: JointParty, outcome: ScreeningOutcome, minute: number, risk = RiskLevel.Medium): PartyView => ({
  party,
  recommendedOutcome: outcome,
  riskLevel: risk,
  recordedAt: new Date(Date.UTC(2026, 10, 23, 10, minute)),
});

describe('joint decisions', () => {
  it('are needed for police contacts and for domestic abuse from any source', () => {
    expect(needsJointDecision(SourceType.Police, [ConcernCategory.Neglect])).toBe(true);
    expect(needsJointDecision(SourceType.School, [ConcernCategory.DomesticAbuse])).toBe(true);
    expect(needsJointDecision(SourceType.School, [ConcernCategory.Neglect])).toBe(false);
  });

  it('wait until every required party has given a view', () => {
    const result = assessJointDecision([view(JointParty.SocialWorker, ScreeningOutcome.StrategyDiscussion, 1)]);
    expect(result).toEqual({ status: 'awaiting-views', missingParties: [JointParty.Police, JointParty.DaAdvisor] });
  });

  it('seal when all three recommend the same outcome, carrying the highest risk any of them sees', () => {
    const result = assessJointDecision([
      view(JointParty.SocialWorker, ScreeningOutcome.StrategyDiscussion, 1),
      view(JointParty.Police, ScreeningOutcome.StrategyDiscussion, 2, RiskLevel.High),
      view(JointParty.DaAdvisor, ScreeningOutcome.StrategyDiscussion, 3, RiskLevel.Standard),
    ]);
    expect(result).toEqual({
      status: 'agreed',
      outcome: ScreeningOutcome.StrategyDiscussion,
      riskLevel: RiskLevel.High,
      missingParties: [],
    });
  });

  it('record disagreement when outcomes differ', () => {
    const result = assessJointDecision([
      view(JointParty.SocialWorker, ScreeningOutcome.StrategyDiscussion, 1),
      view(JointParty.Police, ScreeningOutcome.ChildAndFamilyAssessment, 2),
      view(JointParty.DaAdvisor, ScreeningOutcome.StrategyDiscussion, 3),
    ]);
    expect(result.status).toBe('disagreed');
  });

  it("count only each party's latest view, whatever order they arrive in", () => {
    const result = assessJointDecision([
      view(JointParty.Police, ScreeningOutcome.StrategyDiscussion, 9),
      view(JointParty.SocialWorker, ScreeningOutcome.StrategyDiscussion, 1),
      view(JointParty.Police, ScreeningOutcome.ChildAndFamilyAssessment, 2),
      view(JointParty.DaAdvisor, ScreeningOutcome.StrategyDiscussion, 3),
    ]);
    expect(result.status).toBe('agreed');
  });
});
