import { referrerToldInWords } from './referrer-told';

describe('referrerToldInWords', () => {
  const base = { caseId: 'c', attempts: 1, recordedAt: '2026-07-01T09:00:00Z' };

  it('says when the referrer was emailed, in London time', () => {
    expect(referrerToldInWords([{ ...base, status: 'sent', sentAt: '2026-07-01T09:05:00Z' }])).toBe(
      'Emailed 1 July 2026 at 10:05am',
    );
  });

  it('says why not, and what to do, when there was no address or delivery failed', () => {
    expect(referrerToldInWords([{ ...base, attempts: 0, status: 'not-sent', notSentReason: 'no email address' }])).toBe(
      'Not emailed: no email address. Tell the referrer another way.',
    );
    expect(referrerToldInWords([{ ...base, attempts: 8, status: 'failed' }])).toContain(
      'tell the referrer another way',
    );
  });

  it('says an email is on its way, or that intake could not be asked', () => {
    expect(referrerToldInWords([{ ...base, attempts: 0, status: 'pending' }])).toBe('Email being sent');
    expect(
      referrerToldInWords([{ ...base, attempts: 2, status: 'pending', nextAttemptAt: '2026-07-01T09:10:00Z' }]),
    ).toBe('Email not delivered yet (2 tries); trying again 1 July 2026 at 10:10am');
    expect(referrerToldInWords([])).toContain('Not yet');
    expect(referrerToldInWords(null)).toContain('intake did not answer');
  });
});
