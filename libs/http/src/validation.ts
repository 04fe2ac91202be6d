import { BadRequestException, ValidationPipe } from '@nestjs/common';
import { flattenValidationErrors } from '@frontdoor/contracts';

/** Unknown fields are refused, not ignored, and every bad field is named in the 400. */
export function strictValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    exceptionFactory: (errors) => {
      const fieldErrors = flattenValidationErrors(errors);
      return new BadRequestException({
        title: 'Invalid request',
        detail: `${fieldErrors.length} field(s) are missing or invalid; nothing was saved.`,
        errors: fieldErrors,
      });
    },
  });
}
