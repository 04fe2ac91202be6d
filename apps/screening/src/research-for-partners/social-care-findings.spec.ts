import { socialCareFindings } from './social-care-findings';

describe('socialCareFindings', () => {
  it('lists contacts and signed-off decisions as dated facts, oldest first', () => {
    const findings = socialCareFindings(
      [
        {
          contactReference: 'FD-2026-000002',
          receivedAt: new Date('2026-10-02T09:00:00Z'),
          sourceType: 'police',
          concernCategories: ['domestic-abuse'],
          status: 'open',
        },
        {
          contactReference: 'FD-2026-000001',
          receivedAt: new Date('2026-03-01T09:00:00Z'),
          sourceType: 'school',
          concernCategories: [],
          status: 'decided',
        },
      ],
      [
        {
          contactReference: 'FD-2026-000001',
          outcome: 'early-help',
          levelOfNeed: 2,
          approvedAt: new Date('2026-03-02T12:00:00Z'),
        },
      ],
    );
    expect(findings).toEqual([
      {
        dataset: 'front-door-contacts',
        summary: 'Contact FD-2026-000001 from school (decided)',
        occurredAt: '2026-03-01T09:00:00.000Z',
      },
      {
        dataset: 'front-door-decisions',
        summary: 'Decision on FD-2026-000001: early-help, level of need 2',
        occurredAt: '2026-03-02T12:00:00.000Z',
      },
      {
        dataset: 'front-door-contacts',
        summary: 'Contact FD-2026-000002 from police: domestic-abuse (open)',
        occurredAt: '2026-10-02T09:00:00.000Z',
      },
    ]);
  });

  it('has nothing to say about a child with no history', () => {
    expect(socialCareFindings([], [])).toEqual([]);
  });
});
