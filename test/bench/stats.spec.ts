import { percentile, summarise } from '../../bench/lib/stats';

describe('bench statistics', () => {
  it('takes the nearest-rank percentile', () => {
    const sample = [5, 1, 4, 2, 3, 6, 7, 8, 9, 10];
    expect(percentile(sample, 50)).toBe(5);
    expect(percentile(sample, 95)).toBe(10);
    expect(percentile(sample, 10)).toBe(1);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarises a sample', () => {
    expect(summarise([1, 2, 3, 4])).toEqual({ count: 4, p50: 2, p95: 4, p99: 4, max: 4 });
  });
});
