import { Max, Min, Validate, ValidatorConstraint, validate, type ValidatorConstraintInterface } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { ARGUMENT_VALIDATION, rememberedValidation } from './remembered-validation.js';

/** Counts how often class-validator ran on a value: a constraint that always passes and notes each call. */
let checks = 0;
@ValidatorConstraint({ name: 'counted' })
class Counted implements ValidatorConstraintInterface {
  validate(): boolean {
    checks += 1;
    return true;
  }
}

class PageArgs {
  @Validate(Counted)
  @Min(1)
  @Max(100)
  first?: number;

  after?: string;
}

class StrictArgs {
  @Validate(Counted)
  @Max(10)
  first?: number;
}

const page = (values: Partial<PageArgs>) => Object.assign(new PageArgs(), values);
const resolverData = {} as never;

beforeEach(() => {
  checks = 0;
});

describe('rememberedValidation', () => {
  it('checks a valid value once per argument type and checks a different value again', async () => {
    const validateFn = rememberedValidation();
    await validateFn(page({ first: 20 }), PageArgs, resolverData);
    await validateFn(page({ first: 20 }), PageArgs, resolverData);
    expect(checks).toBe(1);
    await validateFn(page({ first: 20, after: 'c1' }), PageArgs, resolverData);
    expect(checks).toBe(2);
    // The same JSON under another argument type, whose rules differ, is checked under that type's rules.
    await expect(validateFn(Object.assign(new StrictArgs(), { first: 20 }), StrictArgs, resolverData)).rejects.toBeInstanceOf(ArgumentValidationError);
    expect(checks).toBe(3);
  });

  it('refuses an invalid value every time with the errors class-validator gives, as type-graphql reports them', async () => {
    const validateFn = rememberedValidation();
    const expected = await validate(page({ first: 500 }), ARGUMENT_VALIDATION);
    checks = 0;
    for (let attempt = 1; attempt <= 2; attempt++) {
      const refusal = await Promise.resolve(validateFn(page({ first: 500 }), PageArgs, resolverData)).then(
        () => null,
        (error: unknown) => error,
      );
      expect(refusal).toBeInstanceOf(ArgumentValidationError);
      expect((refusal as ArgumentValidationError).extensions).toEqual({ code: 'BAD_USER_INPUT', validationErrors: expected });
      expect(checks).toBe(attempt);
    }
    expect(expected).toEqual([{ property: 'first', children: [], constraints: { max: 'first must not be greater than 100' } }]);
  });

  it('skips missing properties, scalars and nulls as type-graphql does', async () => {
    const validateFn = rememberedValidation();
    await expect(validateFn(page({}), PageArgs, resolverData)).resolves.toBeUndefined();
    await expect(validateFn('text', String, resolverData)).resolves.toBeUndefined();
    await expect(validateFn(null, PageArgs, resolverData)).resolves.toBeUndefined();
    await expect(validateFn(undefined, PageArgs, resolverData)).resolves.toBeUndefined();
    expect(checks).toBe(0);
  });

  it('checks each object of a list, and refuses the list when one of them is invalid', async () => {
    const validateFn = rememberedValidation();
    await validateFn([page({ first: 1 }), page({ first: 2 })], PageArgs, resolverData);
    expect(checks).toBe(2);
    await validateFn([page({ first: 1 }), page({ first: 2 })], PageArgs, resolverData);
    expect(checks).toBe(2);
    await expect(validateFn([page({ first: 1 }), page({ first: 0 })], PageArgs, resolverData)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', validationErrors: [{ property: 'first', constraints: { min: 'first must not be less than 1' } }] },
    });
  });

  it('checks every time a value that cannot be written as JSON', async () => {
    const validateFn = rememberedValidation();
    const unwritable = Object.assign(page({ first: 3 }), { extra: 1n });
    await validateFn(unwritable, PageArgs, resolverData);
    await validateFn(unwritable, PageArgs, resolverData);
    expect(checks).toBe(2);
  });
});
