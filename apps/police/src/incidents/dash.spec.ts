import { DashAnswer } from '@frontdoor/contracts';
import { DASH_QUESTION_COUNT, scoreDash } from './dash';

/** A checklist with `yes` "yes" answers, then `dontKnow` "dont-know", the rest "no". */
function checklist(yes: number, dontKnow = 0): DashAnswer[] {
  return Array.from({ length: DASH_QUESTION_COUNT }, (_, index) =>
    index < yes ? 'yes' : index < yes + dontKnow ? 'dont-know' : 'no',
  );
}

describe('scoreDash (SafeLives DASH)', () => {
  it('counts only "yes" answers: "dont-know" is not a yes', () => {
    expect(scoreDash(checklist(5, 10)).yesCount).toBe(5);
    expect(scoreDash(checklist(0, 24)).yesCount).toBe(0);
    expect(scoreDash(checklist(24)).yesCount).toBe(24);
  });

  it.each([
    [0, false],
    [13, false],
    [14, true],
    [15, true],
    [24, true],
  ])('with %i yes answers, visible high risk is %s (14 or more)', (yes, visibleHighRisk) => {
    const result = scoreDash(checklist(yes));

    expect(result.visibleHighRisk).toBe(visibleHighRisk);
    expect(result.highRisk).toBe(visibleHighRisk);
  });

  it('lets professional judgement raise a below-threshold result to high risk', () => {
    expect(scoreDash(checklist(9), true)).toEqual({
      yesCount: 9,
      visibleHighRisk: false,
      professionalJudgementHighRisk: true,
      highRisk: true,
    });
  });

  it('never lets professional judgement lower a visible-high result', () => {
    expect(scoreDash(checklist(14), false)).toEqual({
      yesCount: 14,
      visibleHighRisk: true,
      professionalJudgementHighRisk: false,
      highRisk: true,
    });
  });

  it('assumes no professional judgement of high risk when none is given', () => {
    expect(scoreDash(checklist(3))).toMatchObject({ professionalJudgementHighRisk: false, highRisk: false });
  });

  it.each([0, 23, 25])('refuses a checklist of %i answers rather than score it', (length) => {
    const answers = Array.from({ length }, () => 'yes' as const);

    expect(() => scoreDash(answers)).toThrow(new RangeError(`a DASH checklist has 24 answers, got ${length}`));
  });

  it('refuses an answer that is not yes, no or dont-know', () => {
    const answers = checklist(14);
    answers[3] = 'maybe' as DashAnswer;

    expect(() => scoreDash(answers)).toThrow(/got "maybe"/);
  });
});
