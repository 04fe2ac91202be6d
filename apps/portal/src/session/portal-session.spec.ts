import { safeReturnPath, secondsUntilExpiry, sessionExpired } from './portal-session';

const limits = { idleTimeoutSeconds: 1200, absoluteTimeoutSeconds: 8 * 3600 };
const start = Date.UTC(2026, 0, 5, 9, 0, 0);
const times = { signedInAt: start, lastSeenAt: start, tokenExpiresAt: start + 3600_000 };

describe('session expiry', () => {
  it('stays signed in within the idle timeout', () => {
    expect(sessionExpired(times, limits, start + 1199_000)).toBe(false);
    expect(secondsUntilExpiry(times, limits, start + 1000_000)).toBe(200);
  });

  it('ends after the idle timeout', () => {
    expect(sessionExpired(times, limits, start + 1200_000)).toBe(true);
  });

  it('ends when the token expires even while active', () => {
    const active = { ...times, lastSeenAt: start + 3590_000 };
    expect(sessionExpired(active, limits, start + 3600_000)).toBe(true);
    expect(secondsUntilExpiry(active, limits, start + 3595_000)).toBe(5);
  });

  it('ends after the absolute limit', () => {
    const longToken = { ...times, tokenExpiresAt: start + 24 * 3600_000, lastSeenAt: start + 8 * 3600_000 - 1 };
    expect(sessionExpired(longToken, limits, start + 8 * 3600_000)).toBe(true);
  });
});

describe('safeReturnPath', () => {
  it.each(['/worklist', '/cases/abc?tab=1'])('keeps the local path %s', (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });

  it.each([
    'https://evil.example',
    '//evil.example',
    '/\\evil.example',
    'worklist',
    undefined,
    42,
    '/a\r\nSet-Cookie: x',
  ])('refuses %p', (value) => {
    expect(safeReturnPath(value)).toBe('/');
  });
});
