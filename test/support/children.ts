import { Role } from '@frontdoor/auth';
import { ConcernCategory, ContactDetailsV1, LevelOfNeed, ScreeningOutcome } from '@frontdoor/contracts';
import { generateNhsNumber } from '@frontdoor/identifiers';
import { bearer, tokenFor } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { uniqueContact } from './contacts';
import { openScreeningCase } from './partnership-records';

export interface ChildReferredTwice {
  personId: string;
  /** Letters only, so it sounds like itself: appended to the child's and the family's surnames. */
  family: string;
  nhsNumber: string;
  dateOfBirth: string;
  decided: { caseId: string; reference: string };
  open: { caseId: string; reference: string };
}

/** A surname tail no other run uses, letters only ("Sampleton" + it still sounds like Sampleton). */
export const uniqueFamily = () =>
  randomUUID()
    .replace(/[^a-f]/g, '')
    .slice(0, 6)
    .padEnd(6, 'a');

/**
 * A child the front door has heard about twice, as screening's own use cases record it: first as
 * Ava Sampleton (decided, early help, signed off), then as "Eva Sampelton" with the same NHS number
 * (still open), each contact naming adults around her.
 */
export async function childReferredTwice(screening: INestApplication): Promise<ChildReferredTwice> {
  const family = uniqueFamily();
  const nhsNumber = generateNhsNumber();
  const dateOfBirth = '2018-05-14';
  const contact = (firstName: string, lastName: string, adults: ContactDetailsV1['adults']) => {
    const { body } = uniqueContact({ nhsNumber });
    body.children[0] = {
      ...body.children[0],
      firstName,
      lastName,
      dateOfBirth,
      address: { line1: '7 Sample Street', town: 'Sale', postcode: 'M33 9ZZ' },
    };
    body.concerns.categories = [ConcernCategory.Neglect];
    body.adults = adults;
    return body;
  };
  const mother = { firstName: 'Kerry', lastName: `Sampleton${family}`, relationshipToChildren: 'mother' };
  const decided = await openScreeningCase(
    screening,
    contact('Ava', `Sampleton${family}`, [{ ...mother, livesWithChildren: true }]),
  );
  const server = screening.getHttpServer();
  await request(server)
    .post(`/cases/${decided.caseId}/decision`)
    .set(bearer(await tokenFor(Role.Screener)))
    .send({
      outcome: ScreeningOutcome.EarlyHelp,
      levelOfNeed: LevelOfNeed.EarlyHelp,
      rationale: 'Breakfast club and a family support worker meet the need.',
      childsVoiceConsidered: true,
      childsVoiceSummary: 'Ava wants breakfast before school.',
      referrerFeedback: 'Early help will contact the family.',
    })
    .expect(201);
  await request(server)
    .post(`/cases/${decided.caseId}/decision/approve`)
    .set(bearer(await tokenFor(Role.Manager)))
    .send({})
    .expect(200);
  const open = await openScreeningCase(
    screening,
    contact('Eva', `Sampelton${family}`, [
      { ...mother, livesWithChildren: true },
      {
        firstName: 'Lee',
        lastName: `Jonas${family}`,
        relationshipToChildren: "mother's partner",
        livesWithChildren: true,
      },
    ]),
  );
  const [{ personId }] = await screening
    .get(DataSource)
    .query(`SELECT person_id AS "personId" FROM case_children WHERE case_id = $1`, [open.caseId]);
  return { personId, family, nhsNumber, dateOfBirth, decided, open };
}
