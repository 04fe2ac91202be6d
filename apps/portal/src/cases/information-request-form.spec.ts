import { Article6Basis, SpecialCategoryCondition } from '@frontdoor/contracts';
import { parseInformationRequest } from './information-request-form';

describe('parseInformationRequest', () => {
  it("gives screening's body for the agencies chosen", () => {
    expect(
      parseInformationRequest({
        agencies: ['police', 'education', 'police'],
        question: '  Anything known about the household?  ',
        article6: Article6Basis.VitalInterests,
        specialCategoryCondition: SpecialCategoryCondition.SafeguardingChildren,
      }),
    ).toEqual({
      ok: true,
      value: {
        agencies: ['police', 'education'],
        question: 'Anything known about the household?',
        article6: Article6Basis.VitalInterests,
        specialCategoryCondition: SpecialCategoryCondition.SafeguardingChildren,
      },
    });
  });

  it('reads a single ticked agency as a list of one', () => {
    const parsed = parseInformationRequest({
      agencies: 'health',
      question: 'Is the baby registered with a GP?',
      article6: Article6Basis.PublicTask,
      specialCategoryCondition: SpecialCategoryCondition.VitalInterests,
    });
    expect(parsed.ok && parsed.value.agencies).toEqual(['health']);
  });

  it('names every missing or unknown answer, and refuses an agency the front door does not ask', () => {
    const parsed = parseInformationRequest({
      agencies: ['police', 'children-social-care'],
      question: ' ',
      article6: 'consent',
    });
    expect(parsed.ok ? [] : parsed.errors.map((error) => error.field)).toEqual([
      'agencies',
      'question',
      'article6',
      'specialCategoryCondition',
    ]);
  });

  it('keeps the question within the 2,000 characters screening takes', () => {
    const parsed = parseInformationRequest({
      agencies: ['police'],
      question: 'x'.repeat(2001),
      article6: Article6Basis.PublicTask,
      specialCategoryCondition: SpecialCategoryCondition.SafeguardingChildren,
    });
    expect(parsed.ok ? [] : parsed.errors).toEqual([
      { field: 'question', text: 'Shorten what you want to know (2000 characters or fewer)' },
    ]);
  });
});
