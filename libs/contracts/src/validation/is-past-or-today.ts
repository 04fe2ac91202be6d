import { ValidationOptions, registerDecorator } from 'class-validator';

/** A calendar date (YYYY-MM-DD) that is not in the future: nobody is born tomorrow. */
export function IsPastOrToday(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isPastOrToday',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must not be in the future', ...options },
      validator: {
        validate(value: unknown) {
          if (typeof value !== 'string') return false;
          const today = new Date().toISOString().slice(0, 10);
          return value.slice(0, 10) <= today;
        },
      },
    });
}
