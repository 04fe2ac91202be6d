import { Role } from '@frontdoor/auth';
import { bearer, tokenFor, useServiceTestEnvironment } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { EXAMPLE_CONTACT } from '../apps/intake/src/contacts/contact.example';
import { createScreeningApp } from '../apps/screening/src/screening.app';
import { ChildReferredTwice, childReferredTwice, uniqueFamily } from './support/children';
import { openScreeningCase } from './support/partnership-records';
import { OpenApiDocument, operationsOf } from './openapi/openapi-document';

/**
 * Finding a child in screening's person index (GET /children) however the caller spells the name,
 * and reading the child's whole front-door history (GET /children/:personId), on screening's test
 * database with PostgreSQL's own fuzzystrmatch and pg_trgm.
 */
describe('child search and the child record (screening)', () => {
  let screening: INestApplication;
  let screener: string;
  let child: ChildReferredTwice;

  beforeAll(async () => {
    useServiceTestEnvironment('screening');
    ({ app: screening } = await createScreeningApp());
    await screening.init();
    screener = await tokenFor(Role.Screener);
    child = await childReferredTwice(screening);
  }, 60_000);

  afterAll(async () => {
    await screening?.close();
  });

  const search = (query: Record<string, string>, token = screener) =>
    request(screening.getHttpServer()).get('/children').query(query).set(bearer(token));

  const found = async (query: Record<string, string>) => {
    const { body } = await search(query).expect(200);
    return body as { children: { personId: string; name: string; otherNames: string[]; matchedOn: string[] }[] };
  };

  it('finds the child however the name is spelt, and says how each name matched', async () => {
    const asSpeltFirst = await found({ firstName: 'Ava', lastName: `Sampleton${child.family}` });
    expect(asSpeltFirst.children.map((result) => result.personId)).toContain(child.personId);

    const misspelt = await found({ firstName: 'Eva', lastName: `Sampelton${child.family}` });
    const result = misspelt.children.find((candidate) => candidate.personId === child.personId)!;
    expect(result).toMatchObject({
      name: `Eva Sampelton${child.family}`,
      otherNames: [`Ava Sampleton${child.family}`],
    });

    const phonetic = await found({ firstName: 'Eve', lastName: `Sampleton${child.family}` });
    const match = phonetic.children.find((candidate) => candidate.personId === child.personId)!;
    expect(match.matchedOn).toEqual(['first name sounds alike', 'last name']);
  });

  it('finds the child by NHS number, date of birth, postcode, and only when every detail agrees', async () => {
    const byNumber = await found({ nhsNumber: child.nhsNumber.replace(/(\d{3})(\d{3})(\d{4})/, '$1 $2 $3') });
    expect(byNumber.children.map((result) => result.personId)).toEqual([child.personId]);

    const byBirth = await found({
      lastName: `Sampelton${child.family}`,
      dateOfBirth: child.dateOfBirth,
      postcode: 'm339zz',
    });
    expect(byBirth.children.map((result) => result.personId)).toContain(child.personId);

    const otherBirthday = await found({ lastName: `Sampleton${child.family}`, dateOfBirth: '2018-05-15' });
    expect(otherBirthday.children.map((result) => result.personId)).not.toContain(child.personId);
    const otherName = await found({
      firstName: 'Ava',
      lastName: `Jonas${uniqueFamily()}`,
      dateOfBirth: child.dateOfBirth,
    });
    expect(otherName.children.map((result) => result.personId)).not.toContain(child.personId);
  });

  it('refuses a search with nothing to search by, or an invalid identifier, with a clear 400', async () => {
    const empty = await search({}).expect(400);
    expect(empty.body.detail).toMatch(/at least one detail/);
    await search({ firstName: ' ', lastName: "'" }).expect(400);
    const badNumber = await search({ nhsNumber: '9434765918' }).expect(400);
    expect(badNumber.body.errors).toEqual([
      expect.objectContaining({ field: 'nhsNumber', messages: [expect.stringMatching(/valid 10-digit NHS number/)] }),
    ]);
    await search({ dateOfBirth: '14/05/2018' }).expect(400);
    await search({ surname: 'Sampleton' }).expect(400);
  });

  it("shows the child's contacts, each decision, the open case and the household, and audits each read", async () => {
    const { body } = await request(screening.getHttpServer())
      .get(`/children/${child.personId}`)
      .set(bearer(screener))
      .set('X-Access-Reason', 'checking history on a call')
      .expect(200);
    expect(body).toMatchObject({
      personId: child.personId,
      name: `Eva Sampelton${child.family}`,
      dateOfBirth: child.dateOfBirth,
      nhsNumber: child.nhsNumber,
      openCases: [{ caseId: child.open.caseId, reference: child.open.reference, status: 'open' }],
    });
    expect(body.contacts.map((contact: { caseId: string }) => contact.caseId)).toEqual([
      child.open.caseId,
      child.decided.caseId,
    ]);
    expect(body.contacts[1].decisions).toEqual([
      expect.objectContaining({ outcome: 'early-help', status: 'approved' }),
    ]);
    expect(body.contacts[0].decisions).toEqual([]);
    expect(body.household).toEqual([
      expect.objectContaining({ firstName: 'Kerry', namedOn: [child.open.reference, child.decided.reference] }),
      expect.objectContaining({ firstName: 'Lee', relationshipToChildren: "mother's partner" }),
    ]);

    const trail = await screening.get(DataSource).query(
      `SELECT action, subject_id AS "subjectId", reason FROM audit_records
          WHERE actor_subject = 'demo-screener-1' AND action IN ('child.read', 'children.search')
          ORDER BY id DESC LIMIT 20`,
    );
    expect(trail).toContainEqual({
      action: 'child.read',
      subjectId: child.personId,
      reason: 'checking history on a call',
    });
    expect(trail).toContainEqual(
      expect.objectContaining({ action: 'children.search', subjectId: '1 children by NHS number' }),
    );

    await request(screening.getHttpServer()).get(`/children/${child.decided.caseId}`).set(bearer(screener)).expect(404);
  });

  it('answers the search built from its OpenAPI examples, finding the example contact’s child', async () => {
    const example = await openScreeningCase(screening, structuredClone(EXAMPLE_CONTACT));
    const [{ personId }] = await screening
      .get(DataSource)
      .query(`SELECT person_id AS "personId" FROM case_children WHERE case_id = $1`, [example.caseId]);
    const { body: document } = await request(screening.getHttpServer()).get('/docs-json').expect(200);
    const operation = operationsOf(document as OpenApiDocument).find(
      (candidate) => candidate.method === 'get' && candidate.path === '/children',
    )!;
    const parameters = (operation.operation as { parameters?: { name: string; schema?: { example?: unknown } }[] })
      .parameters!;
    const query = Object.fromEntries(
      parameters
        .filter((parameter) => parameter.schema?.example !== undefined)
        .map((parameter) => [parameter.name, String(parameter.schema!.example)]),
    );
    expect(Object.keys(query).sort()).toEqual(['dateOfBirth', 'firstName', 'lastName', 'nhsNumber', 'postcode']);
    const results = await found(query);
    expect(results.children.map((result) => result.personId)).toContain(personId);
  });
});
