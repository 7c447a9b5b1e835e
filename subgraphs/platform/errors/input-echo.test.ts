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
