import { hash } from 'node:crypto';
import { validateOrReject, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';

/** class-validator's options for every argument: the ones type-graphql applies with the schema's `validate` settings. */
export const ARGUMENT_VALIDATION: ValidatorOptions = {
  skipMissingProperties: true,
  forbidUnknownValues: false,
  validationError: { target: false, value: false },
};

/** How many distinct valid values are remembered per argument type; the oldest is forgotten first. */
const VALUES_REMEMBERED = 500;

const validatable = (value: unknown): value is object => value !== null && typeof value === 'object';

/**
 * The digest of the argument's JSON, or null when it cannot be written as JSON (it is then validated every time).
 * Only digests are kept, so the arguments themselves (a name, an ID number in an input) are not held in memory.
 */
function digestOf(value: object): string | null {
  let text: string;
  try {
    text = JSON.stringify(value);
  } catch {
    return null;
  }
  return hash('sha256', text, 'base64');
}

/**
 * Argument validation for type-graphql's `validateFn` that checks each value once: class-validator runs on an
 * argument object (or each object of a list) exactly as type-graphql would run it, and a value that passed is
 * remembered by its argument type and the digest of its JSON, so the same arguments on every item of a list — a
 * page size on each neighborhood's requests — are not checked again. Only values that passed are remembered: a
 * refused one is checked, and refused, every time. Sound because every constraint in the schema is a pure function
 * of the value (none reads a clock, the database or the request), and within one argument type equal JSON means
 * equal values. A rule that depends on anything else (a date that must lie ahead) belongs in the resolver's
 * service, not in a class-validator decorator.
 */
export function rememberedValidation(options: ValidatorOptions = ARGUMENT_VALIDATION): ValidatorFn {
  const passed = new Map<unknown, Set<string>>();
  return async (argValue: unknown, argType: unknown) => {
    if (!validatable(argValue)) return;
    const digest = digestOf(argValue);
    const known = passed.get(argType);
    if (digest !== null && known?.has(digest)) return;
    try {
      if (Array.isArray(argValue)) await Promise.all(argValue.filter(validatable).map((item) => validateOrReject(item, options)));
      else await validateOrReject(argValue, options);
    } catch (errors) {
      throw new ArgumentValidationError(errors as never);
    }
    if (digest === null) return;
    const values = known ?? new Set<string>();
    if (!known) passed.set(argType, values);
    if (values.size >= VALUES_REMEMBERED) values.delete(values.values().next().value!);
    values.add(digest);
  };
}
