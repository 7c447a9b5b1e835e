import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * Validates a Decimal string as greater than 0 and at most `max`, compared exactly (no floating point): the
 * integer part is compared as digits.
 */
export function IsPositiveDecimal(max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPositiveDecimal',
      validator: {
        validate(value: unknown) {
          if (typeof value !== 'string' || !/^\d+(\.\d+)?$/.test(value)) return false;
          const [whole, fraction = ''] = value.split('.');
          const positive = /[1-9]/.test(whole + fraction);
          const wholeNumber = BigInt(whole);
          return positive && (wholeNumber < BigInt(max) || (wholeNumber === BigInt(max) && !/[1-9]/.test(fraction)));
        },
        defaultMessage: (args) => `${args?.property} must be greater than 0 and at most ${max}`,
      },
    },
    options,
  );
}
