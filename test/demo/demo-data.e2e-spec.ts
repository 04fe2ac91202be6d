// The demo that `npm start` loads, against every service in this process on the test databases
// and broker: it loads without an error, and loading it again adds no contact. The calendar guard
// (deploy/local/test.sh) runs this with the clock a year ahead and on a December Saturday, so a
// date in the demo that a rule compares with today cannot go stale unnoticed.
import { Role } from '@frontdoor/auth';
import { CreateServiceApp, bearer, startServiceApp, tokenFor } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { apiUrl } from '../../deploy/local/demo-http';
import { loadDemoData } from '../../deploy/local/demo-data';
import { API_SERVICES, ApiService } from '../security/service-apps';

// Seven services with their consumers, then the demo's worklist waits and agency answers.
jest.setTimeout(300_000);

describe('the demo data', () => {
  const apps = new Map<ApiService, INestApplication>();

  beforeAll(async () => {
    for (const [service, create] of Object.entries(API_SERVICES) as [ApiService, CreateServiceApp][]) {
      const app = await startServiceApp(service, create);
      await app.listen(0, '127.0.0.1');
      apps.set(service, app);
      process.env[`${service.toUpperCase()}_URL`] = await app.getUrl();
    }
  });

  afterAll(async () => {
    for (const app of [...apps.values()].reverse()) await app.close();
  });

  const demoContacts = async (): Promise<number> => {
    const rows: { count: string }[] = await apps
      .get('intake')!
      .get(DataSource)
      .query(`SELECT count(*) FROM idempotency_keys WHERE key LIKE 'demo-%'`);
    return Number(rows[0].count);
  };

  it('loads through the public APIs, and loading it again adds no contact', async () => {
    expect(apiUrl('intake')).toBe(await apps.get('intake')!.getUrl());
    await loadDemoData();
    const loaded = await demoContacts();
    expect(loaded).toBeGreaterThanOrEqual(12);

    await loadDemoData();
    expect(await demoContacts()).toBe(loaded);

    // Both demo screeners have cases, so "My cases" and the manager's workload show something.
    const workload = await fetch(`${apiUrl('screening')}/workload`, {
      headers: bearer(await tokenFor(Role.Manager)),
    });
    const { lines } = (await workload.json()) as { lines: { screener: { subject: string } | null; cases: number }[] };
    const casesOf = (subject: string) => lines.find((line) => line.screener?.subject === subject)?.cases ?? 0;
    expect(casesOf('demo-screener-1')).toBeGreaterThanOrEqual(2);
    expect(casesOf('demo-screener-2')).toBeGreaterThanOrEqual(1);
  });
});
