// Request bodies no client should send, on the one route every service shares in shape (intake's
// POST /contacts stands for all: the body parser and the input pipe are configured once, in
// libs/http). Each gets a clear 4xx in problem details and stores nothing.
import { Role } from '@frontdoor/auth';
import { bearer, tokenFor, useServiceTestEnvironment } from '@frontdoor/testing';
import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { DataSource } from 'typeorm';
import { EXAMPLE_CONTACT } from '../../apps/intake/src/contacts/contact.example';
import { createIntakeApp } from '../../apps/intake/src/intake.app';

describe('request bodies that cannot be read or must not be taken', () => {
  let app: INestApplication;
  let token: string;

  beforeAll(async () => {
    useServiceTestEnvironment('intake');
    ({ app } = await createIntakeApp());
    await app.listen(0, '127.0.0.1');
    token = await tokenFor(Role.Screener);
  });

  afterAll(async () => {
    await app?.close();
  });

  const storedContacts = async (): Promise<number> =>
    Number((await app.get(DataSource).query('SELECT count(*) AS n FROM contacts'))[0].n);

  // fetch, not supertest: superagent re-serialises a Buffer body, and the bytes must go as they are.
  const post = async (body: string | Buffer, headers: Record<string, string> = {}) => {
    const response = await fetch(`${await app.getUrl()}/contacts`, {
      method: 'POST',
      headers: {
        ...bearer(token),
        'Idempotency-Key': randomUUID(),
        'Content-Type': 'application/json',
        ...headers,
      },
      body,
    });
    const problem = (await response.json()) as { detail?: string; errors?: unknown };
    return { status: response.status, contentType: response.headers.get('content-type'), body: problem };
  };

  const json = JSON.stringify(EXAMPLE_CONTACT);

  it.each([
    ['a body that is not gzip, sent as gzip', json, { 'Content-Encoding': 'gzip' }, 400, /not compressed as/],
    ['an encoding we do not accept', json, { 'Content-Encoding': 'compress' }, 415, /compressed in a way/],
    ['a character set we do not accept', json, { 'Content-Type': 'application/json; charset=latin1' }, 415, /UTF-8/],
    ['a body that is not JSON', '{"source":', {}, 400, /JSON/],
  ])('refuses %s with a problem and stores nothing', async (_what, body, headers, status, detail) => {
    const before = await storedContacts();
    const response = await post(body, headers);
    expect(response.status).toBe(status);
    expect(response.contentType).toContain('application/problem+json');
    expect(response.body.detail).toMatch(detail);
    expect(await storedContacts()).toBe(before);
  });

  it.each(['__proto__', 'constructor'])('refuses a %s key like any other unknown field', async (key) => {
    const before = await storedContacts();
    const hostile = json.replace('"firstName":', `"${key}":{"isAdmin":true},"firstName":`);
    const response = await post(hostile);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { field: `children.0.${key}`, messages: [`property ${key} should not exist`] },
    ]);
    expect(await storedContacts()).toBe(before);
  });

  it('takes a body that is gzip as it says, so the refusals above are about the body alone', async () => {
    const before = await storedContacts();
    expect((await post(gzipSync(json), { 'Content-Encoding': 'gzip' })).status).toBe(201);
    expect(await storedContacts()).toBe(before + 1);
  });
});
