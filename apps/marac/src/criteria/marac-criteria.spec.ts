import { DEFAULT_MARAC_CRITERIA_POLICY, MaracCriterion, assessMaracCriteria, isRepeatIncident } from './marac-criteria';

const occurredAt = new Date('2026-06-01T20:00:00Z');

describe('MARAC criteria', () => {
  it('DASH 14 is visible high risk; 13 is not', () => {
    expect(assessMaracCriteria({ dashYesCount: 14, occurredAt }).met).toEqual([MaracCriterion.VisibleHighRisk]);
    const thirteen = assessMaracCriteria({ dashYesCount: 13, occurredAt });
    expect(thirteen.eligible).toBe(false);
    expect(thirteen.reasons).toContain('DASH 13 < 14');
  });

  it('professional judgement raises a low DASH to a referral', () => {
    const result = assessMaracCriteria({ dashYesCount: 6, professionalJudgementReason: 'Strangulation', occurredAt });
    expect(result).toMatchObject({ eligible: true, met: [MaracCriterion.ProfessionalJudgement] });
  });

  it('professional judgement never lowers a DASH result: no judgement still leaves DASH 15 high', () => {
    const result = assessMaracCriteria({ dashYesCount: 15, professionalJudgementReason: '   ', occurredAt });
    expect(result.met).toEqual([MaracCriterion.VisibleHighRisk]);
  });

  it('three call-outs in 12 months is potential escalation by default, and the threshold is configurable', () => {
    expect(assessMaracCriteria({ callOutsInLast12Months: 3, occurredAt }).met).toEqual([
      MaracCriterion.PotentialEscalation,
    ]);
    expect(assessMaracCriteria({ callOutsInLast12Months: 2, occurredAt }).eligible).toBe(false);
    const policy = { ...DEFAULT_MARAC_CRITERIA_POLICY, escalationCallOuts: 5 };
    expect(assessMaracCriteria({ callOutsInLast12Months: 4, occurredAt }, policy).eligible).toBe(false);
  });

  it('a further incident within 12 months of the last referral is a repeat', () => {
    const result = assessMaracCriteria({ occurredAt, lastMaracReferralAt: new Date('2025-07-01T09:00:00Z') });
    expect(result).toMatchObject({ eligible: true, met: [MaracCriterion.Repeat] });
  });

  it('records every criterion met together, with reasons for all four', () => {
    const result = assessMaracCriteria({
      dashYesCount: 17,
      professionalJudgementReason: 'Threats to kill',
      callOutsInLast12Months: 4,
      occurredAt,
      lastMaracReferralAt: new Date('2026-01-10T10:00:00Z'),
    });
    expect(result.met).toEqual([
      MaracCriterion.VisibleHighRisk,
      MaracCriterion.ProfessionalJudgement,
      MaracCriterion.PotentialEscalation,
      MaracCriterion.Repeat,
    ]);
    expect(result.reasons).toHaveLength(4);
  });

  it('meets nothing without DASH, judgement, call-outs or history, and says why', () => {
    const result = assessMaracCriteria({ occurredAt });
    expect(result).toEqual({
      eligible: false,
      met: [],
      reasons: [
        'no DASH checklist completed',
        'no professional judgement of high risk',
        'police call-outs not known',
        'not a repeat: no earlier MARAC referral for this pair',
      ],
    });
  });
});

describe('repeat window', () => {
  const last = new Date('2025-06-01T12:00:00Z');
  it('includes the last day of the 12 months and excludes the day after', () => {
    expect(isRepeatIncident(new Date('2026-06-01T12:00:00Z'), last, 12)).toBe(true);
    expect(isRepeatIncident(new Date('2026-06-02T12:00:00Z'), last, 12)).toBe(false);
  });
  it('is not a repeat before the last referral or with no referral', () => {
    expect(isRepeatIncident(new Date('2025-05-01T12:00:00Z'), last, 12)).toBe(false);
    expect(isRepeatIncident(new Date('2025-07-01T12:00:00Z'), undefined, 12)).toBe(false);
  });
});
