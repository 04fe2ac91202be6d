// The partnership part of the demo: a high-risk domestic abuse incident that police record and
// MARAC lists with the agencies' research. Run by demo-data.ts once the front-door demo is loaded.
//
// Police incidents carry no idempotency key, so this loads only while MARAC has no referral yet;
// on later runs it shows what the first run listed.
//
// Env: POLICE_URL (http://127.0.0.1:3003), MARAC_URL (http://127.0.0.1:3006).
import { EXAMPLE_INCIDENT } from '../../apps/police/src/incidents/incident.example';
import { request, tokenFor, unexpected } from './demo-http';

const POLICE_URL = process.env.POLICE_URL ?? 'http://127.0.0.1:3003';
const MARAC_URL = process.env.MARAC_URL ?? 'http://127.0.0.1:3006';
const WAIT_MS = 30_000;

interface Referral {
  id: string;
  reference: string;
  meetingId: string | null;
  criteriaMet: string[];
}

interface AgendaCase extends Referral {
  research: { agency: string; status: string }[];
}

async function until<T>(what: string, attempt: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const found = await attempt();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`${what}: nothing after ${WAIT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function referredCases(coordinator: string): Promise<Referral[]> {
  const reply = await request<Referral[]>('GET', `${MARAC_URL}/referrals?status=referred&limit=5`, coordinator);
  if (reply.status !== 200) throw unexpected('MARAC GET /referrals', reply);
  return reply.body;
}

async function maracCase(): Promise<void> {
  const coordinator = await tokenFor('demo-marac-coordinator');
  const officer = await tokenFor('demo-police-officer');
  const already = await referredCases(coordinator);
  if (already.length === 0) {
    const recorded = await request('POST', `${POLICE_URL}/incidents`, officer, {
      ...EXAMPLE_INCIDENT,
      occurredAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
      dash: { ...EXAMPLE_INCIDENT.dash, professionalJudgementHighRisk: true },
    });
    if (recorded.status !== 201) throw unexpected('police POST /incidents', recorded);
  }
  const [referral] = await until('a MARAC referral', async () => {
    const found = await referredCases(coordinator);
    return found.length ? found : undefined;
  });
  const listed = await until('research from police, health and education', async () => {
    const reply = await request<{ cases: AgendaCase[] }>(
      'GET',
      `${MARAC_URL}/meetings/${referral.meetingId}/agenda`,
      coordinator,
    );
    if (reply.status !== 200) throw unexpected('MARAC GET /meetings/:id/agenda', reply);
    const found = reply.body.cases.find((item) => item.id === referral.id);
    return found && found.research.every((research) => research.status === 'answered') ? found : undefined;
  });
  console.log(
    `  MARAC     ${listed.reference.padEnd(15)} ${already.length ? 'already listed' : 'DA incident listed'} ` +
      `(${listed.criteriaMet.join(', ')}); research answered by ${listed.research.map((r) => r.agency).join(', ')}`,
  );
  console.log(`            agenda: ${MARAC_URL}/meetings/${listed.meetingId}/agenda`);
}

export async function demoPartnership(): Promise<void> {
  await maracCase();
}
