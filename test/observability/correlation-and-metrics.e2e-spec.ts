import { ALL_TOPICS, Topics } from '@frontdoor/contracts';
import { Role } from '@frontdoor/auth';
import { KafkaProbe, LogCapture, TEST_RUN_ID, bearer, eventually, startServiceApp, tokenFor } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { uniqueContact } from '../support/contacts';
import { createMaracApp } from '../../apps/marac/src/marac.app';
import { createStrategyApp } from '../../apps/strategy/src/strategy.app';
import { FrontDoorStack, startFrontDoorStack } from '../support/front-door-stack';

/** `name{labels} value` lines of a Prometheus text exposition, as [labels, value] pairs. */
function samples(exposition: string, name: string): { labels: Record<string, string>; value: number }[] {
  return exposition
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .map((line) => {
      const labelText = /\{(.*)\}/.exec(line)?.[1] ?? '';
      const labels = Object.fromEntries([...labelText.matchAll(/(\w+)="([^"]*)"/g)].map(([, k, v]) => [k, v]));
      return { labels, value: Number(line.slice(line.lastIndexOf(' ') + 1)) };
    });
}

describe('one correlation id from POST /contacts through Kafka to screening, and /metrics after real traffic', () => {
  const logs = new LogCapture();
  let stack: FrontDoorStack;
  let marac: INestApplication;
  let strategy: INestApplication;
  let probe: KafkaProbe;
  let school: string;
  let screener: string;

  beforeAll(async () => {
    // Debug shows each handled event; the capture keeps the lines out of the test output.
    process.env.LOG_LEVEL = 'debug';
    logs.start();
    probe = await new KafkaProbe().start([...ALL_TOPICS]);
    stack = await startFrontDoorStack();
    marac = await startServiceApp('marac', createMaracApp);
    strategy = await startServiceApp('strategy', createStrategyApp);
    school = await tokenFor(Role.SchoolDsl);
    screener = await tokenFor(Role.Screener);
  });

  afterAll(async () => {
    await strategy?.close();
    await marac?.close();
    await stack?.close();
    await probe?.stop();
    logs.stop();
    delete process.env.LOG_LEVEL;
  });

  it('takes the caller’s id, returns it, publishes it, and logs it in both services', async () => {
    const correlationId = `obs-${randomUUID()}`;
    const { body } = uniqueContact();
    const response = await request(stack.intake.getHttpServer())
      .post('/contacts')
      .set(bearer(school))
      .set('X-Correlation-Id', correlationId)
      .send(body)
      .expect(201);
    expect(response.headers['x-correlation-id']).toBe(correlationId);
    const contactId = response.body.contactId as string;

    const published = await eventually(
      () =>
        probe.messages.find((m) => m.topic === Topics.ContactReceived.name && m.value.includes(contactId)) ?? undefined,
      { what: 'the ContactReceived message' },
    );
    expect(published.headers['correlation-id']).toBe(correlationId);
    expect(JSON.parse(published.value).correlationId).toBe(correlationId);

    const [stored] = await eventually(async () => {
      const rows: { correlation_id: string }[] = await stack.screening
        .get(DataSource)
        .query(`SELECT correlation_id FROM screening_cases WHERE contact_id = $1`, [contactId]);
      return rows.length ? rows : undefined;
    });
    expect(stored.correlation_id).toBe(correlationId);

    const withId = () => logs.json().filter((line) => line.correlationId === correlationId);
    // Intake's request line, and screening's consumer handling the event it published.
    await eventually(() =>
      withId().some((line) => String(line.msg).startsWith('handled ContactReceived')) ? true : undefined,
    );
    const requestLine = withId().find((line) => line.msg === 'POST /contacts 201');
    expect(requestLine).toMatchObject({ level: 'info', req: { method: 'POST', url: '/contacts' } });
    expect(Object.keys(requestLine!.req as object).sort()).toEqual(['id', 'method', 'url']);
  });

  it('makes up an id when the caller sends none (or a hostile one), and every log line is one JSON object', async () => {
    const plain = await request(stack.screening.getHttpServer()).get('/worklist').set(bearer(screener)).expect(200);
    expect(plain.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
    const hostile = await request(stack.screening.getHttpServer())
      .get('/worklist')
      .set(bearer(screener))
      .set('X-Correlation-Id', 'Jane Smith, 12 Acacia Avenue')
      .expect(200);
    expect(hostile.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);

    expect(logs.lines.length).toBeGreaterThan(0);
    expect(logs.lines.filter((line) => !line.json).map((line) => line.raw)).toEqual([]);
    for (const line of logs.json()) expect(line).toMatchObject({ level: expect.any(String), time: expect.any(String) });
    // Tokens never reach a log, not even redacted into a header dump.
    expect(logs.lines.filter((line) => line.raw.includes(screener) || line.raw.includes(school))).toEqual([]);
  });

  it('exposes latency, outbox backlog, consumer lag and SLA breaches at /metrics without a token', async () => {
    const intakeMetrics = (await request(stack.intake.getHttpServer()).get('/metrics').expect(200)).text;
    const posted = samples(intakeMetrics, 'http_request_duration_seconds_count').find(
      ({ labels }) => labels.route === '/contacts' && labels.method === 'POST' && labels.status_code === '201',
    );
    expect(posted?.value).toBeGreaterThanOrEqual(1);
    expect(samples(intakeMetrics, 'frontdoor_outbox_unsent_messages')).toHaveLength(1);
    expect(samples(intakeMetrics, 'frontdoor_outbox_oldest_unsent_age_seconds')[0].value).toBeGreaterThanOrEqual(0);
    expect(intakeMetrics).toContain('service="intake"');

    const screening = stack.screening.getHttpServer();
    const groupId = `screening-test-${TEST_RUN_ID}`;
    const lag = await eventually(async () => {
      const text = (await request(screening).get('/metrics').expect(200)).text;
      const found = samples(text, 'frontdoor_kafka_consumer_lag').filter(
        ({ labels }) => labels.topic === Topics.ContactReceived.name,
      );
      return found.length > 0 ? found : undefined;
    });
    expect(lag.every(({ labels, value }) => labels.group === groupId && value >= 0)).toBe(true);

    const text = (await request(screening).get('/metrics').expect(200)).text;
    const breaches = samples(text, 'frontdoor_sla_breaches').filter(
      ({ labels }) => labels.measure === 'screening-decision',
    );
    expect(breaches.map(({ labels }) => labels.rag).sort()).toEqual(['amber', 'green', 'red']);
    const [{ late }] = await stack.screening.get(DataSource).query(
      `SELECT count(*)::int AS late FROM screening_cases
          WHERE status IN ('open', 'awaiting-approval') AND decision_deadline < now()`,
    );
    expect(breaches.reduce((sum, { value }) => sum + value, 0)).toBe(late);
    const worklistRoute = samples(text, 'http_request_duration_seconds_count').find(
      ({ labels }) => labels.route === '/worklist' && labels.status_code === '200',
    );
    expect(worklistRoute?.value).toBeGreaterThanOrEqual(2);
  });

  it('reports MARAC’s overdue actions and strategy’s late discussions as SLA breaches', async () => {
    const maracText = (await request(marac.getHttpServer()).get('/metrics').expect(200)).text;
    const [{ overdue }] = await marac.get(DataSource).query(
      `SELECT count(*)::int AS overdue FROM marac_actions
          WHERE status NOT IN ('done', 'cancelled') AND due_date < (now() AT TIME ZONE 'Europe/London')::date`,
    );
    expect(samples(maracText, 'frontdoor_sla_breaches')).toEqual([
      { labels: { service: 'marac', measure: 'marac-action', rag: 'none' }, value: overdue },
    ]);
    expect(samples(maracText, 'frontdoor_outbox_unsent_messages')).toHaveLength(1);

    const strategyText = (await request(strategy.getHttpServer()).get('/metrics').expect(200)).text;
    const measures = samples(strategyText, 'frontdoor_sla_breaches').map(
      ({ labels }) => `${labels.measure} ${labels.rag}`,
    );
    expect(measures.sort()).toEqual(
      ['strategy-discussion', 'strategy-record-circulation'].flatMap((m) => [`${m} amber`, `${m} green`, `${m} red`]),
    );
  });
});
