import { DEFAULT_DELIVERY_RETRY, afterFailedAttempt } from './delivery-retry';

describe('afterFailedAttempt', () => {
  const now = new Date('2026-12-07T10:00:00Z');
  const policy = { maxAttempts: 4, firstDelayMs: 1_000, maxDelayMs: 3_000 };

  it('tries again sooner first, then less often, never less often than the cap', () => {
    expect(afterFailedAttempt(policy, 1, false, now)).toEqual({ kind: 'retry', at: new Date(now.getTime() + 1_000) });
    expect(afterFailedAttempt(policy, 2, false, now)).toEqual({ kind: 'retry', at: new Date(now.getTime() + 2_000) });
    expect(afterFailedAttempt(policy, 3, false, now)).toEqual({ kind: 'retry', at: new Date(now.getTime() + 3_000) });
  });

  it('gives up after the last attempt, and at once on a permanent refusal', () => {
    expect(afterFailedAttempt(policy, 4, false, now)).toEqual({ kind: 'give-up' });
    expect(afterFailedAttempt(policy, 1, true, now)).toEqual({ kind: 'give-up' });
  });

  it('by default keeps trying for hours before giving up', () => {
    let waited = 0;
    for (let attempt = 1; attempt < DEFAULT_DELIVERY_RETRY.maxAttempts; attempt++) {
      const next = afterFailedAttempt(DEFAULT_DELIVERY_RETRY, attempt, false, now);
      if (next.kind !== 'retry') throw new Error(`gave up after attempt ${attempt}`);
      waited += next.at.getTime() - now.getTime();
    }
    expect(waited).toBeGreaterThanOrEqual(60 * 60_000);
  });
});
