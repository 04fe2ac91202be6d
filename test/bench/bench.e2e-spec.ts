import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCALES, runBench } from '../../bench/run';

/**
 * `npm run bench` in miniature: the services as their own processes, every scenario at a scale
 * of seconds. Checks that each measures what it says (everything accepted reaches the worklist,
 * every match is timed), never how fast: speed is for the full run to print, not to assert.
 */
describe('the benchmark, small', () => {
  jest.setTimeout(240_000);

  // The bench's own databases (frontdoor_<service>_bench_test), as `npm run bench` makes them.
  beforeAll(() => {
    execFileSync('bash', [join(__dirname, '../../deploy/local/bench.sh'), 'databases'], { stdio: 'inherit' });
  });

  it('measures every scenario and loses nothing on the way', async () => {
    const results = (await runBench('small', mkdtempSync(join(tmpdir(), 'bench-'))))!;
    const scale = SCALES.small;

    for (const steady of results.steady) {
      expect(steady.accepted).toBe(steady.ratePerSecond * steady.seconds);
      expect(steady.missing).toBe(0);
      expect(steady.contactToWorklist.count).toBe(steady.accepted);
    }
    expect(results.throughput.acceptedPerSecond).toBeGreaterThan(0);
    expect(results.throughput.refused).toBe(0);
    expect(results.burst).toMatchObject({ contacts: scale.burst, onWorklist: scale.burst, refused: 0 });
    expect(results.matching).toMatchObject({ indexSize: scale.matching.indexSize, matches: scale.matching.matches });
    expect(results.matching.perMatchMs.count).toBe(scale.matching.matches);
    expect(results.raw.pgInsert.perInsertMs.count).toBe(scale.rawPg);
    expect(results.raw.kafkaRoundTrip.roundTripMs.count).toBe(scale.rawKafka);
    for (const service of scale.services) {
      expect(results.memoryMiB.atRest[service]).toBeGreaterThan(0);
      expect(results.memoryMiB.underLoadPeak[service]).toBeGreaterThan(0);
    }
  });
});
