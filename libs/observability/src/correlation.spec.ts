import { correlationIdFrom, currentCorrelationId, withCorrelationId } from './correlation';

describe('correlation ids', () => {
  it('keeps a plain caller-chosen id', () => {
    expect(correlationIdFrom('ppn-Smith.2026/11:23')).toBe('ppn-Smith.2026/11:23');
    expect(correlationIdFrom(['first-id', 'second-id'])).toBe('first-id');
    expect(correlationIdFrom(Buffer.from('from-kafka'))).toBe('from-kafka');
  });

  it('replaces a missing, oversized or log-forging id with a fresh UUID', () => {
    const uuid = /^[0-9a-f-]{36}$/;
    expect(correlationIdFrom(undefined)).toMatch(uuid);
    expect(correlationIdFrom('')).toMatch(uuid);
    expect(correlationIdFrom('x'.repeat(129))).toMatch(uuid);
    expect(correlationIdFrom('id\n{"level":60}')).toMatch(uuid);
    expect(correlationIdFrom('Jane Smith 12 Acacia Avenue')).toMatch(uuid);
  });

  it('is visible to everything that runs inside the scope, across awaits, and nowhere else', async () => {
    expect(currentCorrelationId()).toBeUndefined();
    const seen = await withCorrelationId('outer', async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      const inner = withCorrelationId('inner', () => currentCorrelationId());
      return [currentCorrelationId(), inner];
    });
    expect(seen).toEqual(['outer', 'inner']);
    expect(currentCorrelationId()).toBeUndefined();
  });
});
