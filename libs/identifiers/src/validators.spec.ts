import { validateSync } from 'class-validator';
import { IsNhsNumber, IsSchoolUrn, IsUkPostcode, IsUpn } from './validators';

class ChildIdentifiersDto {
  @IsNhsNumber()
  nhsNumber: unknown;

  @IsUpn()
  upn: unknown;

  @IsUkPostcode()
  postcode: unknown;

  @IsSchoolUrn()
  schoolUrn: unknown;
}

class SiblingsDto {
  @IsNhsNumber({ each: true })
  nhsNumbers: unknown;

  @IsUkPostcode({ message: 'enter a real postcode' })
  postcode: unknown;
}

function errorsFor<T extends object>(dto: T, values: Partial<Record<keyof T, unknown>>) {
  Object.assign(dto, values);
  return Object.fromEntries(validateSync(dto).map((error) => [error.property, Object.values(error.constraints ?? {})]));
}

const valid = {
  nhsNumber: '943 476 5919',
  upn: 'B801200005001',
  postcode: 'm32 0th',
  schoolUrn: '106363',
};

describe('identifier decorators', () => {
  it('accept valid identifiers', () => {
    expect(errorsFor(new ChildIdentifiersDto(), valid)).toEqual({});
  });

  it('explain what is wrong with an NHS number', () => {
    const failing = (nhsNumber: unknown) => errorsFor(new ChildIdentifiersDto(), { ...valid, nhsNumber }).nhsNumber;
    expect(failing('9434765918')).toEqual(['nhsNumber must be a valid 10-digit NHS number (modulus 11 check failed)']);
    expect(failing('0000000000')).toEqual(['nhsNumber must be a valid 10-digit NHS number (all digits are the same)']);
    expect(failing('94347659')).toEqual(['nhsNumber must be a valid 10-digit NHS number']);
    expect(failing(9434765919)).toEqual(['nhsNumber must be a valid 10-digit NHS number']);
    expect(failing(undefined)).toEqual(['nhsNumber must be a valid 10-digit NHS number']);
  });

  it('explain what is wrong with a UPN', () => {
    const failing = (upn: unknown) => errorsFor(new ChildIdentifiersDto(), { ...valid, upn }).upn;
    expect(failing('A801200005001')).toEqual([
      'upn must be a valid 13-character unique pupil number (check letter does not match)',
    ]);
    expect(failing('B80120000500')).toEqual([
      'upn must be a valid 13-character unique pupil number' + ' (a check letter, 11 digits, then a digit or letter)',
    ]);
    expect(failing(null)).toHaveLength(1);
  });

  it('reject a malformed postcode and school URN', () => {
    const errors = errorsFor(new ChildIdentifiersDto(), { ...valid, postcode: 'M1', schoolUrn: '1' });
    expect(errors).toEqual({
      postcode: ['postcode must be a UK postcode, e.g. SW1A 2AA'],
      schoolUrn: ['schoolUrn must be a 6-digit school URN'],
    });
  });

  it('support each: true and custom messages', () => {
    const validSiblings = { nhsNumbers: [valid.nhsNumber], postcode: 'M1 1AE' };
    expect(errorsFor(new SiblingsDto(), validSiblings)).toEqual({});

    const oneBadSibling = { nhsNumbers: [valid.nhsNumber, '9434765918', 42], postcode: 'nope' };
    expect(errorsFor(new SiblingsDto(), oneBadSibling)).toEqual({
      nhsNumbers: ['each value in nhsNumbers must be a valid 10-digit NHS number (modulus 11 check failed)'],
      postcode: ['enter a real postcode'],
    });
  });
});
