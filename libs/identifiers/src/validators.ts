import { ValidateBy, ValidationOptions, buildMessage } from 'class-validator';
import { NhsNumberProblem, nhsNumberProblem } from './nhs-number';
import { isValidUkPostcode } from './postcode';
import { isValidSchoolUrn } from './school-urn';
import { UpnProblem, upnProblem } from './upn';

// class-validator decorators for DTOs. They validate only: normalise (e.g. with
// normaliseNhsNumber in a @Transform) before storing, so spaced input is stored without spaces.

export const IS_NHS_NUMBER = 'isNhsNumber';
export const IS_UPN = 'isUpn';
export const IS_UK_POSTCODE = 'isUkPostcode';
export const IS_SCHOOL_URN = 'isSchoolUrn';

const NHS_NUMBER_REASONS: Record<NhsNumberProblem, string> = {
  'not-ten-digits': '',
  'check-digit-mismatch': ' (modulus 11 check failed)',
  'all-digits-identical': ' (all digits are the same)',
};

const UPN_REASONS: Record<UpnProblem, string> = {
  'bad-format': ' (a check letter, 11 digits, then a digit or letter)',
  'check-letter-mismatch': ' (check letter does not match)',
};

/**
 * The problem to name in the message: for `each: true` class-validator passes the whole
 * array, so report the first element that fails. Undefined when the value is not a string.
 */
function firstProblem<P>(value: unknown, problemOf: (text: string) => P | undefined): P | undefined {
  const candidates = Array.isArray(value) ? value : [value];
  for (const candidate of candidates) {
    if (typeof candidate !== 'string') return undefined;
    const problem = problemOf(candidate);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

/** A 10-digit NHS number with a valid modulus-11 check digit; spaces and hyphens allowed. */
export function IsNhsNumber(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: IS_NHS_NUMBER,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && nhsNumberProblem(value) === undefined,
        defaultMessage: buildMessage((eachPrefix, args) => {
          const problem = firstProblem(args?.value, nhsNumberProblem) ?? 'not-ten-digits';
          const reason = NHS_NUMBER_REASONS[problem];
          return `${eachPrefix}$property must be a valid 10-digit NHS number${reason}`;
        }, validationOptions),
      },
    },
    validationOptions,
  );
}

/** A 13-character DfE unique pupil number, permanent or temporary, with a matching check letter. */
export function IsUpn(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: IS_UPN,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && upnProblem(value) === undefined,
        defaultMessage: buildMessage((eachPrefix, args) => {
          const reason = UPN_REASONS[firstProblem(args?.value, upnProblem) ?? 'bad-format'];
          return `${eachPrefix}$property must be a valid 13-character unique pupil number${reason}`;
        }, validationOptions),
      },
    },
    validationOptions,
  );
}

/** Shaped like a UK postcode (any case and spacing). */
export function IsUkPostcode(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: IS_UK_POSTCODE,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isValidUkPostcode(value),
        defaultMessage: buildMessage(
          (eachPrefix) => `${eachPrefix}$property must be a UK postcode, e.g. SW1A 2AA`,
          validationOptions,
        ),
      },
    },
    validationOptions,
  );
}

/** A six-digit school URN. */
export function IsSchoolUrn(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: IS_SCHOOL_URN,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isValidSchoolUrn(value),
        defaultMessage: buildMessage(
          (eachPrefix) => `${eachPrefix}$property must be a 6-digit school URN`,
          validationOptions,
        ),
      },
    },
    validationOptions,
  );
}
