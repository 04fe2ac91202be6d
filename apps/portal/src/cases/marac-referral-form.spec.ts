import type { CaseDetails } from '../clients/screening.client';
import { parseMaracReferral } from './marac-referral-form';

const details = {
  id: '6f1c1b1e-4a0c-4d0e-9a51-0c1d2e3f4a5b',
  children: [
    { details: { firstName: 'Ava', lastName: 'Smith', dateOfBirth: '2019-05-01', nhsNumber: '943 476 5919' } },
    { details: { firstName: 'Bo', lastName: 'Smith' } },
  ],
} as unknown as CaseDetails;
const context = { details, agency: 'children-social-care', today: new Date('2026-11-23T12:00:00Z') };

const answers = {
  victimFirstName: ' Siobhan ',
  victimLastName: "O'Neill",
  'victimDateOfBirth-day': '3',
  'victimDateOfBirth-month': '2',
  'victimDateOfBirth-year': '1990',
  perpetratorFirstName: 'Mark',
  perpetratorLastName: 'Smith',
  dashYesCount: '16',
};

describe('parseMaracReferral', () => {
  it("gives marac's body: the case's children, the screener's agency, only the answers given", () => {
    expect(parseMaracReferral(answers, context)).toEqual({
      ok: true,
      value: {
        screeningCaseId: details.id,
        victim: { firstName: 'Siobhan', lastName: "O'Neill", dateOfBirth: '1990-02-03' },
        perpetrator: { firstName: 'Mark', lastName: 'Smith' },
        childrenInHousehold: [
          { firstName: 'Ava', lastName: 'Smith', dateOfBirth: '2019-05-01', nhsNumber: '943 476 5919' },
          { firstName: 'Bo', lastName: 'Smith' },
        ],
        referringAgency: 'children-social-care',
        dashYesCount: 16,
      },
    });
  });

  it('needs the two names, and something the criteria can be applied to', () => {
    const parsed = parseMaracReferral({}, context);
    expect(parsed.ok ? [] : parsed.errors.map((error) => error.field)).toEqual([
      'victimFirstName',
      'victimLastName',
      'perpetratorFirstName',
      'perpetratorLastName',
      'dashYesCount',
    ]);
  });

  it('refuses a score or count that is not a whole number in range, and a date of birth that is not real', () => {
    const parsed = parseMaracReferral(
      { ...answers, dashYesCount: '25', callOutsInLast12Months: '2.5', 'victimDateOfBirth-month': '13' },
      context,
    );
    expect(parsed.ok ? [] : parsed.errors.map((error) => error.text)).toEqual([
      'The date of birth of the victim must be a real date',
      'The DASH score must be a whole number from 0 to 24',
      'The number of police call-outs must be a whole number from 0 to 500',
    ]);
  });

  it('takes professional judgement alone', () => {
    const parsed = parseMaracReferral(
      { ...answers, dashYesCount: '', professionalJudgementReason: 'Disclosed strangulation last week' },
      context,
    );
    expect(parsed.ok && parsed.value).toMatchObject({
      professionalJudgementReason: 'Disclosed strangulation last week',
    });
    expect(parsed.ok && 'dashYesCount' in parsed.value).toBe(false);
  });
});
