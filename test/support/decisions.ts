import { Role } from '@frontdoor/auth';
import { ScreeningOutcome } from '@frontdoor/contracts';
import { bearer, eventually, tokenFor } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';

/** The case screening opened for a contact intake accepted, once it is on the worklist. */
export async function caseForContact(screening: INestApplication, contactId: string, reference: string) {
  const screener = await tokenFor(Role.Screener);
  return eventually(
    async () => {
      const { body } = await request(screening.getHttpServer())
        .get(`/worklist?reference=${reference}`)
        .set(bearer(screener))
        .expect(200);
      return (body as { contactId: string; caseId: string }[]).find((item) => item.contactId === contactId);
    },
    { what: `contact ${contactId} on the worklist` },
  );
}

/** A screener decides the case with these words for the referrer, and a manager signs it off. */
export async function decideAndSignOff(screening: INestApplication, caseId: string, referrerFeedback: string) {
  const server = screening.getHttpServer();
  await request(server)
    .post(`/cases/${caseId}/decision`)
    .set(bearer(await tokenFor(Role.Screener)))
    .send({
      outcome: ScreeningOutcome.EarlyHelp,
      levelOfNeed: 2,
      rationale: 'Needs are met by early help with the school.',
      childsVoiceConsidered: true,
      childsVoiceSummary: 'Wants help with mornings.',
      referrerFeedback,
    })
    .expect(201);
  await request(server)
    .post(`/cases/${caseId}/decision/approve`)
    .set(bearer(await tokenFor(Role.Manager)))
    .send({})
    .expect(200);
}
