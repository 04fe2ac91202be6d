import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHAOS_SCALES, FaultKind, runChaos } from '../../bench/chaos';

/**
 * `npm run chaos` in miniature, on the same code: a few hundred referrals while intake and screening
 * are each killed with kill -9 and started again, the chaos run's own Kafka broker is stopped and
 * started, its own Postgres cluster restarts in immediate mode, a frozen screening consumer forces
 * a rebalance and earlier referrals are resubmitted with their idempotency keys. Then the real
 * databases and the dead-letter topic must show every accepted contact on the worklist exactly once.
 * How fast things recovered is printed, not asserted: speed is for the full run to report.
 */
describe('chaos, small', () => {
  jest.setTimeout(300_000);

  // Its own broker (127.0.0.1:19092), Postgres cluster (5433) and databases: never the shared ones.
  beforeAll(() => {
    execFileSync('bash', [join(__dirname, '../../deploy/local/chaos.sh'), 'infrastructure'], { stdio: 'inherit' });
  });

  it('loses nothing and duplicates nothing through every kind of fault', async () => {
    const results = await runChaos('small', mkdtempSync(join(tmpdir(), 'chaos-')));

    const kinds: FaultKind[] = [
      'kill -9',
      'broker stop/start',
      'postgres restart -m immediate',
      'rebalance',
      'resubmit',
    ];
    expect([...new Set(results.faults.map((fault) => fault.kind))].sort()).toEqual([...kinds].sort());
    expect(results.faults.filter((fault) => fault.kind === 'kill -9').map((fault) => fault.target)).toEqual([
      'intake',
      'screening',
    ]);
    const rebalance = results.faults.find((fault) => fault.kind === 'rebalance')!;
    expect(rebalance.detail).toMatchObject({ rebalanced: true });
    const resubmit = results.faults.find((fault) => fault.kind === 'resubmit')!;
    expect(resubmit).toMatchObject({ submitted: CHAOS_SCALES.small.resubmissions, lost: 0, duplicated: 0 });
    expect(resubmit.recovered).toBe(resubmit.submitted);

    expect(results.overall.accepted).toBeGreaterThanOrEqual(CHAOS_SCALES.small.minimumContacts);
    expect(results.overall).toMatchObject({
      notAccepted: 0,
      lost: 0,
      duplicated: 0,
      contactsStoredTwice: 0,
      eventsAppliedMoreThanOnce: 0,
      stuckEvents: 0,
      consumerLag: 0,
    });
    expect(results.overall.recovered).toBe(results.overall.accepted);
    expect(Object.values(results.overall.unsentOutboxRows).every((unsent) => unsent === 0)).toBe(true);
    for (const fault of results.faults) expect(fault.submitted).toBeGreaterThan(0);
  });
});
