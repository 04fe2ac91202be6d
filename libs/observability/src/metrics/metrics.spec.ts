import { MetricsRegistry, sampled } from './metrics-registry';
import { registerSlaBreaches } from './sla-breaches';

describe('sampled readings', () => {
  it('reads once per period, whoever asks, and again once the period is over', async () => {
    let clock = 0;
    let reads = 0;
    const reading = sampled(
      async () => ++reads,
      1000,
      () => clock,
    );
    expect(await Promise.all([reading(), reading()])).toEqual([1, 1]);
    clock = 999;
    expect(await reading()).toBe(1);
    clock = 1000;
    expect(await reading()).toBe(2);
  });

  it('does not keep a failed reading', async () => {
    let fail = true;
    const reading = sampled(async () => {
      if (fail) throw new Error('database away');
      return 'ok';
    }, 60_000);
    await expect(reading()).rejects.toThrow('database away');
    fail = false;
    expect(await reading()).toBe('ok');
  });
});

describe('SLA breach gauge', () => {
  it('reports every measure and RAG it names, at 0 when nothing is late, and the counts it reads', async () => {
    const registry = MetricsRegistry.forService('screening');
    registerSlaBreaches(
      registry,
      [{ measure: 'screening-decision', rags: ['red', 'amber', 'green'] }, { measure: 'information-request' }],
      async () => [
        { measure: 'screening-decision', rag: 'red', count: 3 },
        { measure: 'information-request', count: 2 },
      ],
    );
    const metric = await registry.getSingleMetric('frontdoor_sla_breaches')!.get();
    expect(metric.values.map(({ labels, value }) => [labels.measure, labels.rag, value])).toEqual([
      ['screening-decision', 'red', 3],
      ['screening-decision', 'amber', 0],
      ['screening-decision', 'green', 0],
      ['information-request', 'none', 2],
    ]);
    expect(await registry.metrics()).toContain('service="screening"');
  });

  it('keeps each application’s figures in its own registry', async () => {
    const first = MetricsRegistry.forService('marac');
    const second = MetricsRegistry.forService('strategy');
    registerSlaBreaches(first, [{ measure: 'marac-action' }], async () => [{ measure: 'marac-action', count: 1 }]);
    registerSlaBreaches(second, [{ measure: 'strategy-discussion' }], async () => []);
    expect(await first.metrics()).toContain('measure="marac-action"');
    expect(await second.metrics()).not.toContain('marac-action');
  });
});
