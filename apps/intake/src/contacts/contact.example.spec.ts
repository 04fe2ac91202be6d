import { FieldError, flattenValidationErrors } from '@frontdoor/contracts';
import { strictValidationPipe } from '@frontdoor/http';
import { BadRequestException } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { ValidatorOptions, validate } from 'class-validator';
import { EXAMPLE_CONTACT } from './contact.example';
import { SubmitContactDto } from './submit-contact.dto';

// The options of the app's ValidationPipe (libs/http/src/validation.ts). The last test runs the
// real pipe too, so a change there that these options miss shows up here.
const PIPE_OPTIONS: ValidatorOptions = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true };

/** A deep copy of the example as it arrives over HTTP (plain JSON), ready to be mutated. */
function exampleBody(): Record<string, any> {
  return JSON.parse(JSON.stringify(EXAMPLE_CONTACT));
}

async function fieldErrors(body: unknown): Promise<FieldError[]> {
  const dto = plainToInstance(SubmitContactDto, body);
  return flattenValidationErrors(await validate(dto as object, PIPE_OPTIONS));
}

async function invalidFields(body: unknown): Promise<string[]> {
  return (await fieldErrors(body)).map((error) => error.field).sort();
}

function isoDate(daysFromToday: number): string {
  return new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);
}

describe('EXAMPLE_CONTACT (the OpenAPI "Try it out" body)', () => {
  it('is a valid SubmitContactDto under the app validation rules', async () => {
    expect(await fieldErrors(exampleBody())).toEqual([]);
  });

  type Mutation = (body: Record<string, any>) => void;

  it.each<[string, Mutation, string[]]>([
    ['a child without a first name', (body) => delete body.children[0].firstName, ['children[0].firstName']],
    ['a child with an empty last name', (body) => (body.children[0].lastName = ''), ['children[0].lastName']],
    [
      'an NHS number failing the modulus 11 check',
      (body) => (body.children[0].nhsNumber = '1234567890'),
      ['children[0].nhsNumber'],
    ],
    ['an unknown top-level field', (body) => (body.favouriteColour = 'blue'), ['favouriteColour']],
    ['an unknown field on a child', (body) => (body.children[0].shoeSize = 13), ['children[0].shoeSize']],
    [
      'a date of birth in the future',
      (body) => (body.children[0].dateOfBirth = isoDate(365)),
      ['children[0].dateOfBirth'],
    ],
    [
      "neither the child's words nor why they were not obtained",
      (body) => delete body.children[0].wordsAndViews,
      ['children[0].viewsNotObtainedReason', 'children[0].wordsAndViews'],
    ],
    ['a known date of birth left out', (body) => delete body.children[0].dateOfBirth, ['children[0].dateOfBirth']],
    ['no children', (body) => (body.children = []), ['children']],
    ['an unknown concern category', (body) => (body.concerns.categories = ['bad-vibes']), ['concerns.categories']],
    [
      'a bad postcode on the second adult',
      (body) => (body.adults[1].address = { postcode: 'NOT A CODE' }),
      ['adults[1].address.postcode'],
    ],
  ])('rejects %s, naming the field', async (_case, mutate, fields) => {
    const body = exampleBody();
    mutate(body);

    expect(await invalidFields(body)).toEqual(fields);
  });

  it('explains what is missing when the child has neither words nor a reason', async () => {
    const body = exampleBody();
    delete body.children[0].wordsAndViews;

    const errors = await fieldErrors(body);

    expect(errors.find((error) => error.field === 'children[0].wordsAndViews')?.messages).toContain(
      "wordsAndViews must record the child's words, or give viewsNotObtainedReason",
    );
  });

  it('accepts a reason instead of the words, as for a baby', async () => {
    const body = exampleBody();
    delete body.children[0].wordsAndViews;
    body.children[0].viewsNotObtainedReason = 'Child is 8 months old';

    expect(await fieldErrors(body)).toEqual([]);
  });

  it('is accepted by the real ValidationPipe, which names the same fields when it refuses', async () => {
    const pipe = strictValidationPipe();
    const metadata = { type: 'body' as const, metatype: SubmitContactDto, data: '' };

    await expect(pipe.transform(exampleBody(), metadata)).resolves.toBeInstanceOf(SubmitContactDto);

    const body = exampleBody();
    body.children[0].nhsNumber = '1234567890';
    body.favouriteColour = 'blue';
    const refusal = await pipe.transform(body, metadata).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(BadRequestException);
    const { errors } = (refusal as BadRequestException).getResponse() as { errors: FieldError[] };
    expect(errors.map((error) => error.field).sort()).toEqual(['children[0].nhsNumber', 'favouriteColour']);
  });
});
