import { referrerDecisionPersonalisation, renderReferrerDecisionEmail } from './referrer-decision-email';

describe('the referrer decision email', () => {
  const fields = referrerDecisionPersonalisation({
    referrerName: 'Alex Example',
    contactReference: 'FD-2026-000042',
    // 23:30 UTC in summer is already the next day in London.
    receivedAt: new Date('2026-07-01T23:30:00Z'),
    referrerFeedback: 'A social worker will visit the family this week.\nPlease keep us informed.',
  });

  it('carries the decider’s words exactly, under the reference, with the London date', () => {
    expect(fields).toEqual({
      referrer_name: 'Alex Example',
      contact_reference: 'FD-2026-000042',
      received_on: '2 July 2026',
      feedback: 'A social worker will visit the family this week.\nPlease keep us informed.',
    });
    const { subject, body } = renderReferrerDecisionEmail(fields);
    expect(subject).toBe('Your referral FD-2026-000042: what the front door decided');
    expect(body).toContain('Dear Alex Example,');
    expect(body).toContain('A social worker will visit the family this week.\nPlease keep us informed.');
    expect(body).toContain('received on 2 July 2026');
  });
});
