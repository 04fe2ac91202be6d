import { Role } from '@frontdoor/auth';
import { Topics, createEnvelope } from '@frontdoor/contracts';
import { KafkaProbe, bearer, eventually, tokenFor } from '@frontdoor/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { domesticAbuseIncident } from './support/incidents';
import { FrontDoorStack, startFrontDoorStack } from './support/front-door-stack';

describe('a police incident raises a contact for each child', () => {
  let stack: FrontDoorStack;
  let probe: KafkaProbe;

  beforeAll(async () => {
    probe = await new KafkaProbe().start([Topics.ContactReceived]);
    stack = await startFrontDoorStack();
  });

  afterAll(async () => {
    await stack?.close();
    await probe?.stop();
  });

  it('creates one police contact per child, each a joint-decision case, and never twice', async () => {
    const incident = domesticAbuseIncident();
    const publish = () =>
      probe.produceRaw(
        Topics.PoliceIncidentRecorded.name,
        incident.incidentId,
        JSON.stringify(createEnvelope(Topics.PoliceIncidentRecorded, incident, { producer: 'police' })),
      );
    await publish();
    const raised = await eventually(() => {
      const mine = probe
        .envelopes(Topics.ContactReceived)
        .filter((e) => e.payload.contact.concerns.narrative.includes(incident.policeReference));
      return mine.length === 2 ? mine : undefined;
    });
    expect(raised.map((e) => e.payload.contact.children[0].firstName).sort()).toEqual(['Alex', 'Sam']);
    expect(raised.every((e) => e.payload.submittedBy.agency === 'police')).toBe(true);

    const screener = await tokenFor(Role.Screener);
    const { body: full } = await eventually(async () => {
      const response = await request(stack.screening.getHttpServer())
        .get(`/worklist?reference=${raised[0].payload.reference}`)
        .set(bearer(screener));
      const caseId = response.body[0]?.caseId;
      return caseId
        ? request(stack.screening.getHttpServer()).get(`/cases/${caseId}`).set(bearer(screener))
        : undefined;
    });
    expect(full.sourceType).toBe('police');
    expect(full.jointDecision.status).toBe('awaiting-views');

    // The same incident published again (a new event id) raises nothing more.
    await publish();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const [{ count }] = await stack.intake
      .get(DataSource)
      .query(`SELECT count(*)::int AS count FROM contacts WHERE details->'concerns'->>'narrative' LIKE $1`, [
        `%${incident.policeReference}%`,
      ]);
    expect(count).toBe(2);
  });
});
