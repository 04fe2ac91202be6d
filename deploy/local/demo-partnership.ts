// The partnership part of the demo, run by demo-data.ts once the front-door demo is loaded:
// - a high-risk domestic abuse incident that police record and MARAC lists with the agencies'
//   research (police incidents carry no idempotency key, so it is recorded only while MARAC has
//   no listed case with all its research in; later runs show the one an earlier run listed);
// - a strategy discussion the front door opens, police and health confirm who attends and when,
//   and the service proposes the earliest slot all can make (opened once per case reference).
//
// Env: POLICE_URL (3003), HEALTH_URL (3004), MARAC_URL (3006), STRATEGY_URL (3007) on 127.0.0.1.
import { EXAMPLE_INCIDENT } from '../../apps/police/src/incidents/incident.example';
import { EXAMPLE_DISCUSSION_REQUEST } from '../../apps/strategy/src/discussions/discussion.example';
import { apiUrl, request, tokenFor, unexpected } from './demo-http';

const STRATEGY_CASE_REFERENCE = 'FD-DEMO-STRATEGY';
const WAIT_MS = 30_000;

interface Referral {
  id: string;
  reference: string;
  policeReference: string | null;
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
  const reply = await request<Referral[]>('GET', `${apiUrl('marac')}/referrals?status=referred&limit=5`, coordinator);
  if (reply.status !== 200) throw unexpected('MARAC GET /referrals', reply);
  return reply.body;
}

async function maracCase(): Promise<void> {
  const coordinator = await tokenFor('demo-marac-coordinator');
  const officer = await tokenFor('demo-police-officer');
  const agendaCase = async (referral: Referral): Promise<AgendaCase | undefined> => {
    if (!referral.meetingId) return undefined;
    const reply = await request<{ cases: AgendaCase[] }>(
      'GET',
      `${apiUrl('marac')}/meetings/${referral.meetingId}/agenda`,
      coordinator,
    );
    if (reply.status !== 200) throw unexpected('MARAC GET /meetings/:id/agenda', reply);
    const found = reply.body.cases.find((item) => item.id === referral.id);
    return found && found.research.every((research) => research.status === 'answered') ? found : undefined;
  };
  // A listed case whose research is all in (from an earlier run) is shown as it is; otherwise
  // police record a new incident, and the demo follows that incident's own referral.
  let listed: AgendaCase | undefined;
  for (const referral of await referredCases(coordinator)) listed ??= await agendaCase(referral);
  const already = listed !== undefined;
  if (!listed) {
    const recorded = await request<{ policeReference: string }>('POST', `${apiUrl('police')}/incidents`, officer, {
      ...EXAMPLE_INCIDENT,
      occurredAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
      dash: { ...EXAMPLE_INCIDENT.dash, professionalJudgementHighRisk: true },
    });
    if (recorded.status !== 201) throw unexpected('police POST /incidents', recorded);
    const referral = await until('a MARAC referral', async () =>
      (await referredCases(coordinator)).find((item) => item.policeReference === recorded.body.policeReference),
    );
    listed = await until('research from police, health and education', () => agendaCase(referral));
  }
  console.log(
    `  MARAC     ${listed.reference.padEnd(15)} ${already ? 'already listed' : 'DA incident listed'} ` +
      `(${listed.criteriaMet.join(', ')}); research answered by ${listed.research.map((r) => r.agency).join(', ')}`,
  );
  console.log(`            agenda: ${apiUrl('marac')}/meetings/${listed.meetingId}/agenda`);
}

interface DiscussionSummary {
  id: string;
  caseReference: string;
  dueBy: string;
  status: string;
  proposedSlotStart: string | null;
}

interface Invitation {
  id: string;
  discussionId: string;
  confirmedAt: string | null;
}

/**
 * Free from `fromHourUtc` to 18:00 UTC on each of the next three days (from now on today), so
 * the demo finds a slot in office hours whenever it runs.
 */
function availability(fromHourUtc: number) {
  const now = new Date();
  const windows = [0, 1, 2].map((day) => {
    const date = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + day);
    const from = Math.max(date + fromHourUtc * 3_600_000, Math.ceil(now.getTime() / 900_000) * 900_000);
    return { from, to: date + 18 * 3_600_000 };
  });
  return windows
    .filter((window) => window.to > window.from)
    .map((window) => ({ from: new Date(window.from).toISOString(), to: new Date(window.to).toISOString() }));
}

async function confirmAttendance(agencyUrl: string, subject: string, discussionId: string, attendee: string) {
  const token = await tokenFor(subject);
  const invitation = await until(`the invitation at ${agencyUrl}`, async () => {
    const reply = await request<Invitation[]>('GET', `${agencyUrl}/strategy-invitations`, token);
    if (reply.status !== 200) throw unexpected(`${agencyUrl} GET /strategy-invitations`, reply);
    return reply.body.find((candidate) => candidate.discussionId === discussionId);
  });
  if (invitation.confirmedAt) return;
  const reply = await request('POST', `${agencyUrl}/strategy-invitations/${invitation.id}/confirm`, token, {
    attendee: { name: attendee },
    availability: availability(subject === 'demo-police-officer' ? 8 : 10),
  });
  if (reply.status !== 201 && reply.status !== 200) throw unexpected('POST /strategy-invitations/:id/confirm', reply);
}

async function strategyDiscussion(): Promise<void> {
  const manager = await tokenFor('demo-manager');
  const discussions = async () => {
    const reply = await request<DiscussionSummary[]>('GET', `${apiUrl('strategy')}/strategy-discussions`, manager);
    if (reply.status !== 200) throw unexpected('strategy GET /strategy-discussions', reply);
    return reply.body.find((candidate) => candidate.caseReference === STRATEGY_CASE_REFERENCE);
  };
  let discussion = await discussions();
  if (!discussion) {
    const opened = await request<DiscussionSummary>('POST', `${apiUrl('strategy')}/strategy-discussions`, manager, {
      ...EXAMPLE_DISCUSSION_REQUEST,
      caseReference: STRATEGY_CASE_REFERENCE,
    });
    if (opened.status !== 201) throw unexpected('strategy POST /strategy-discussions', opened);
    discussion = opened.body;
  }
  await confirmAttendance(apiUrl('police'), 'demo-police-officer', discussion.id, 'DS Dana Demo');
  await confirmAttendance(apiUrl('health'), 'demo-health-practitioner', discussion.id, 'Hana Healthwell');
  const proposed = await until('a proposed slot', async () => {
    const found = await discussions();
    return found?.proposedSlotStart ? found : undefined;
  });
  console.log(
    `  strategy  ${STRATEGY_CASE_REFERENCE.padEnd(15)} due ${proposed.dueBy}; police and health confirmed; ` +
      `earliest common slot ${proposed.proposedSlotStart}`,
  );
  console.log(`            discussion: ${apiUrl('strategy')}/strategy-discussions/${proposed.id}`);
}

export async function demoPartnership(): Promise<void> {
  await maracCase();
  await strategyDiscussion();
}
