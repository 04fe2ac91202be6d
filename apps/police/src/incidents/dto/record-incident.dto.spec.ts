import { FieldError, flattenValidationErrors } from '@frontdoor/contracts';
import { strictValidationPipe } from '@frontdoor/http';
import { BadRequestException } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { ValidatorOptions, validate } from 'class-validator';
import { EXAMPLE_INCIDENT } from '../incident.example';
import { RecordIncidentDto } from './record-incident.dto';

// The options of the app's ValidationPipe (libs/http/src/validation.ts); the last test runs the
// real pipe too.
const PIPE_OPTIONS: ValidatorOptions = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true };

/** A deep copy of the example as it arrives over HTTP (plain JSON), ready to be mutated. */
function exampleBody(): Record<string, any> {
  return JSON.parse(JSON.stringify(EXAMPLE_INCIDENT));
}

async function fieldErrors(body: unknown): Promise<FieldError[]> {
  return flattenValidationErrors(await validate(plainToInstance(RecordIncidentDto, body) as object, PIPE_OPTIONS));
}

async function invalidFields(body: unknown): Promise<string[]> {
  return [...new Set((await fieldErrors(body)).map((error) => error.field))].sort();
}

describe('RecordIncidentDto (POST /incidents)', () => {
  it('accepts the OpenAPI example', async () => {
    expect(await fieldErrors(exampleBody())).toEqual([]);
  });

  it('accepts the least a PPN can say: type, time, summary and one child', async () => {
    const body = {
      type: 'child-concern',
      occurredAt: '2026-11-01T10:00:00Z',
      summary: 'Child found alone at a bus stop late at night.',
      children: [{ firstName: 'Sam', lastName: 'Example', present: true }],
    };

    expect(await fieldErrors(body)).toEqual([]);
  });

  type Mutation = (body: Record<string, any>) => void;

  it.each<[string, Mutation, string[]]>([
    ['a DASH of 23 answers', (body) => body.dash.answers.pop(), ['dash.answers']],
    ['a DASH of 25 answers', (body) => body.dash.answers.push('no'), ['dash.answers']],
    ['a DASH answer that is not yes, no or dont-know', (body) => (body.dash.answers[0] = 'maybe'), ['dash.answers']],
    ['a DASH on an incident that is not domestic abuse', (body) => (body.type = 'missing-child'), ['dash']],
    ['an unknown incident type (and so a DASH out of place)', (body) => (body.type = 'burglary'), ['dash', 'type']],
    [
      'an occurredAt in the future',
      (body) => (body.occurredAt = new Date(Date.now() + 86_400_000).toISOString()),
      ['occurredAt'],
    ],
    ['an occurredAt that is not a date', (body) => (body.occurredAt = 'last night'), ['occurredAt']],
    ['a summary over 4000 characters', (body) => (body.summary = 'x'.repeat(4001)), ['summary']],
    ['an empty summary', (body) => (body.summary = ''), ['summary']],
    ['no children', (body) => (body.children = []), ['children']],
    ['21 children', (body) => (body.children = Array.from({ length: 21 }, () => body.children[1])), ['children']],
    ['a bad NHS number', (body) => (body.children[0].nhsNumber = '1234567890'), ['children[0].nhsNumber']],
    ['a bad UPN', (body) => (body.children[1].upn = 'A12'), ['children[1].upn']],
    ['a bad child postcode', (body) => (body.children[1].postcode = 'NOT A CODE'), ['children[1].postcode']],
    ['a child without present', (body) => delete body.children[0].present, ['children[0].present']],
    ['a victim born in the future', (body) => (body.victim.dateOfBirth = '2999-01-01'), ['victim.dateOfBirth']],
    [
      'a date of birth with a time',
      (body) => (body.perpetrator.dateOfBirth = '1988-09-30T00:00:00Z'),
      ['perpetrator.dateOfBirth'],
    ],
    ['a safe address without a victim', (body) => delete body.victim, ['victim']],
    [
      'a safe address without a postcode',
      (body) => delete body.victimSafeAddress.postcode,
      ['victimSafeAddress.postcode'],
    ],
    ['an unknown field', (body) => (body.refugeNotes = 'x'), ['refugeNotes']],
  ])('refuses %s, naming the field', async (_case, mutate, fields) => {
    const body = exampleBody();
    mutate(body);

    expect(await invalidFields(body)).toEqual(fields);
  });

  it('says a DASH needs exactly 24 answers', async () => {
    const body = exampleBody();
    body.dash.answers.pop();

    const errors = await fieldErrors(body);

    expect(errors).toEqual([
      { field: 'dash.answers', messages: ['answers must hold exactly 24 answers, one per DASH question'] },
    ]);
  });

  it('is accepted by the real ValidationPipe, which names every bad field when it refuses', async () => {
    const pipe = strictValidationPipe();
    const metadata = { type: 'body' as const, metatype: RecordIncidentDto, data: '' };

    await expect(pipe.transform(exampleBody(), metadata)).resolves.toBeInstanceOf(RecordIncidentDto);

    const body = exampleBody();
    body.dash.answers.pop();
    body.children[0].nhsNumber = '1234567890';
    body.summary = '';
    const refusal = await pipe.transform(body, metadata).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(BadRequestException);
    const { errors } = (refusal as BadRequestException).getResponse() as { errors: FieldError[] };
    expect(errors.map((error) => error.field).sort()).toEqual(['children[0].nhsNumber', 'dash.answers', 'summary']);
  });
});
