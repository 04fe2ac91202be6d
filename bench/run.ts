// `npm run bench`: the front door's speed and memory on this machine, beside the machine's own
// limits (a plain Postgres insert, a raw Kafka round trip), written to bench/results/.
//   BENCH_SCALE=full (default) | small     small: seconds, for `npm test` and a quick look
// Needs Postgres, Redis and Kafka up and its own databases, frontdoor_<service>_bench_test, which
// deploy/local/bench.sh (npm run bench) recreates first; the shared _test databases are not touched.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { localPostgres } from '../deploy/local/service-databases';
import { startServices } from './lib/service-processes';
import {
  BENCH_DATABASE_SUFFIX,
  burst,
  intakeThroughput,
  personMatching,
  rawKafkaRoundTrip,
  rawPgInserts,
  schoolToken,
  steadyLatency,
} from './lib/scenarios';
import { round, sleep } from './lib/stats';

export interface BenchScale {
  services: string[];
  steady: { ratePerSecond: number; seconds: number }[];
  throughput: { concurrency: number; seconds: number };
  burst: number;
  matching: { indexSize: number; matches: number };
  rawPg: number;
  rawKafka: number;
}

export const SCALES: Record<'full' | 'small', BenchScale> = {
  full: {
    services: ['intake', 'screening', 'police', 'health', 'education', 'marac', 'strategy'],
    steady: [
      { ratePerSecond: 20, seconds: 60 },
      { ratePerSecond: 100, seconds: 60 },
    ],
    throughput: { concurrency: 20, seconds: 30 },
    burst: 30_000,
    matching: { indexSize: 2_000_000, matches: 3_000 },
    rawPg: 2_000,
    rawKafka: 500,
  },
  small: {
    services: ['intake', 'screening'],
    steady: [{ ratePerSecond: 10, seconds: 3 }],
    throughput: { concurrency: 5, seconds: 3 },
    burst: 200,
    matching: { indexSize: 20_000, matches: 150 },
    rawPg: 100,
    rawKafka: 30,
  },
};

export async function runBench(scaleName: 'full' | 'small', resultsDir: string) {
  const scale = SCALES[scaleName];
  const runId = new Date().toISOString().replace(/[:.]/g, '-');
  const namespace = `bench.${runId.toLowerCase().replace(/[^a-z0-9]/g, '')}.`;
  const logDir = join(resultsDir, 'logs');
  mkdirSync(logDir, { recursive: true });
  const log = (line: string) => console.log(`[bench] ${line}`);

  log(`raw limits: ${scale.rawPg} plain inserts, ${scale.rawKafka} Kafka round trips`);
  const rawPg = await rawPgInserts(scale.rawPg);
  const rawKafka = await rawKafkaRoundTrip(scale.rawKafka, namespace);
  log(`person matching against ${scale.matching.indexSize.toLocaleString('en-GB')} people`);
  const matching = await personMatching(scale.matching.indexSize, scale.matching.matches);

  log(`starting ${scale.services.join(', ')} (topics ${namespace}*)`);
  const stack = await startServices(scale.services, {
    portBase: 4000,
    namespace,
    logDir,
    databaseSuffix: BENCH_DATABASE_SUFFIX,
    postgres: localPostgres(),
    kafkaBrokers: '127.0.0.1:9092',
    // Its own Redis database: the shared server's others are the tests' and npm start's.
    redisUrl: 'redis://127.0.0.1:6379/2',
    groupSuffix: 'bench',
  });
  try {
    const intakeUrl = stack.services.get('intake')!.url;
    const token = await schoolToken();
    await sleep(2000);
    const memoryAtRest = Object.fromEntries(
      [...stack.services].map(([name, service]) => [name, service.residentMiB()]),
    );
    const peak: Record<string, number> = {};
    const sampler = setInterval(() => {
      for (const [name, service] of stack.services) peak[name] = Math.max(peak[name] ?? 0, service.residentMiB() ?? 0);
    }, 500);

    const steady = [];
    for (const { ratePerSecond, seconds } of scale.steady) {
      log(`steady ${ratePerSecond}/s for ${seconds} s`);
      steady.push(await steadyLatency(intakeUrl, token, ratePerSecond, seconds));
    }
    log(`intake throughput, ${scale.throughput.concurrency} clients for ${scale.throughput.seconds} s`);
    const throughput = await intakeThroughput(intakeUrl, token, scale.throughput.concurrency, scale.throughput.seconds);
    log(`burst of ${scale.burst.toLocaleString('en-GB')} contacts`);
    const burstResult = await burst(intakeUrl, token, scale.burst);
    clearInterval(sampler);

    const results = {
      runId,
      scale: scaleName,
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model,
        memoryGiB: round(totalmem() / 2 ** 30, 1),
        node: process.version,
      },
      raw: { pgInsert: rawPg, kafkaRoundTrip: rawKafka },
      steady,
      throughput,
      burst: burstResult,
      matching,
      memoryMiB: { atRest: memoryAtRest, underLoadPeak: peak },
      ratios: {
        intakeHttpP50OverRawInsertP50: round(throughput.http.p50 / rawPg.perInsertMs.p50),
        acceptedPerSecondOverRawInsertsPerSecond: round(throughput.acceptedPerSecond / rawPg.insertsPerSecond),
        contactToWorklistP50OverKafkaRoundTripP50: steady.map((s) =>
          round(s.contactToWorklist.p50 / rawKafka.roundTripMs.p50),
        ),
      },
    };
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(join(resultsDir, `${runId}-${scaleName}.json`), `${JSON.stringify(results, null, 2)}\n`);
    const table = markdown(results);
    writeFileSync(join(resultsDir, `latest-${scaleName}.md`), table);
    console.log(`\n${table}`);
    return results;
  } finally {
    await stack.stop();
  }
}

type Results = Awaited<ReturnType<typeof runBench>>;

function markdown(r: NonNullable<Results>): string {
  const ms = (value: number) => `${value} ms`;
  const rows = [
    ...r.steady.map((s) => [
      `contact → worklist at ${s.ratePerSecond}/s for ${s.seconds} s`,
      `p50 ${ms(s.contactToWorklist.p50)}, p95 ${ms(s.contactToWorklist.p95)}, p99 ${ms(s.contactToWorklist.p99)} (${s.accepted} accepted, ${s.refused} refused, ${s.missing} missing)`,
      `${round(s.contactToWorklist.p50 / r.raw.kafkaRoundTrip.roundTripMs.p50)}× a raw Kafka round trip`,
    ]),
    [
      `intake throughput (${r.throughput.concurrency} clients)`,
      `${r.throughput.acceptedPerSecond} accepted/s, HTTP p99 ${ms(r.throughput.http.p99)}`,
      `${r.ratios.acceptedPerSecondOverRawInsertsPerSecond}× raw inserts/s`,
    ],
    [
      `burst of ${r.burst.contacts.toLocaleString('en-GB')}`,
      `submitted in ${r.burst.submitSeconds} s, all on the worklist after ${r.burst.allOnWorklistSeconds} s (${r.burst.onWorklist} there, ${r.burst.refused} refused)`,
      '',
    ],
    [
      `person matching, ${r.matching.indexSize.toLocaleString('en-GB')} indexed`,
      `p50 ${ms(r.matching.perMatchMs.p50)}, p99 ${ms(r.matching.perMatchMs.p99)}`,
      '',
    ],
    [
      'raw: plain pg insert, one transaction each',
      `p50 ${ms(r.raw.pgInsert.perInsertMs.p50)}, ${r.raw.pgInsert.insertsPerSecond}/s`,
      '',
    ],
    [
      'raw: kafkajs produce → consume',
      `p50 ${ms(r.raw.kafkaRoundTrip.roundTripMs.p50)}, p99 ${ms(r.raw.kafkaRoundTrip.roundTripMs.p99)}`,
      '',
    ],
    ...Object.keys(r.memoryMiB.atRest).map((name) => [
      `memory: ${name}`,
      `${r.memoryMiB.atRest[name]} MiB at rest, ${r.memoryMiB.underLoadPeak[name]} MiB peak under load`,
      '',
    ]),
  ];
  return [
    `Bench ${r.runId} (${r.scale}) on ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}`,
    '',
    '| measure | result | against the machine |',
    '| --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ].join('\n');
}

if (require.main === module) {
  const scale = process.env.BENCH_SCALE === 'small' ? 'small' : 'full';
  runBench(scale, join(__dirname, 'results')).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
