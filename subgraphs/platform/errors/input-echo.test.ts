import { withoutEchoedInput } from './input-echo.js';

describe('rejected input is never echoed', () => {
  it('names the variable and the rule, not the value', () => {
    expect(withoutEchoedInput('Variable "$input" got invalid value "13812345678" at "input.kind"; Value "13812345678" does not exist in "NeighborhoodKind" enum.')).toBe(
      'Variable "$input" has an invalid value at "input.kind": it is not one of the NeighborhoodKind values.',
    );
    expect(withoutEchoedInput('Variable "$first" got invalid value "x"; Int cannot represent non-integer value: "x"')).toBe(
      'Variable "$first" has an invalid value: expected a value of type Int.',
    );
  });

  it('leaves other messages alone', () => {
    expect(withoutEchoedInput('Cannot query field "foo" on type "Query".')).toBe('Cannot query field "foo" on type "Query".');
  });
});

describe('rejected literals and tokens are never echoed', () => {
  it.each([
    ['Int cannot represent non-integer value: "X"', 'A value in the operation is not valid: expected a value of type Int.'],
    ['ID cannot represent a non-string and non-integer value: 1.5', 'A value in the operation is not valid: expected a value of type ID.'],
    ['Expected value of type "DateTimeISO!", found "x"; DateTimeISO cannot represent an invalid date-time-string x.', 'A value in the operation is not valid: expected a value of type DateTimeISO!.'],
    ['Field "secret" is not defined by type "CreatePersonInput".', 'An input of type CreatePersonInput has a field that type does not define.'],
    ['Variable "$i" got invalid value { secret: 1 }; Field "secret" is not defined by type "I".', 'Variable "$i" has an invalid value: the input of type I has a field that type does not define.'],
    ['Syntax Error: Expected Name, found String "secret".', 'Syntax Error: Expected Name, found String.'],
    ['Variable "$d" got invalid value "secret"; Expected type "Decimal". A Decimal is secret', 'Variable "$d" has an invalid value: expected a value of type Decimal.'],
  ])('%s', (message, rewritten) => {
    expect(withoutEchoedInput(message)).toBe(rewritten);
  });
});
