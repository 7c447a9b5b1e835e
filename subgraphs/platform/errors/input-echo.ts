import { DECIMAL_RULES } from '../scalars/decimal.js';

/**
 * graphql-js repeats a rejected value in its messages, for variables ("Variable "$x" got invalid value "…"") and for
 * literals in the document ("Int cannot represent non-integer value: "X"", "Expected value of type "ID!", found …").
 * The value may be personal data or an attack string, so messages are rewritten to name the variable, the path,
 * the type and the rule, never the value. Parse errors keep the kind of token, not its text.
 */
export function withoutEchoedInput(message: string): string {
  const variable = /^Variable "(\$\w+)" got invalid value .*? at "([^"]+)"; (.*)$/s.exec(message);
  if (variable) return `Variable "${variable[1]}" has an invalid value at "${variable[2]}": ${describeRule(variable[3])}`;
  const whole = /^Variable "(\$\w+)" got invalid value .*?; (.*)$/s.exec(message);
  if (whole) return `Variable "${whole[1]}" has an invalid value: ${describeRule(whole[2])}`;
  const expected = /^Expected value of type "([^"]+)", found .*$/s.exec(message);
  if (expected) return `A value in the operation is not valid: expected a value of type ${expected[1]}.`;
  const literal = /^Enum "(\w+)" cannot represent non-enum value: .*$/s.exec(message);
  if (literal) return `The value given is not one of the ${literal[1]} values.`;
  const unknownValue = /^Value .* does not exist in "(\w+)" enum\..*$/s.exec(message);
  if (unknownValue) return `The value given is not one of the ${unknownValue[1]} values.`;
  const scalar = /^(\w+) cannot represent .*$/s.exec(message);
  if (scalar) return `A value in the operation is not valid: expected a value of type ${scalar[1]}.`;
  const field = /^Field "[^"]*" is not defined by type "(\w+)"\..*$/s.exec(message);
  if (field) return `An input of type ${field[1]} has a field that type does not define.`;
  if (message.startsWith('Syntax Error: ')) return message.replace(/ (String|BlockString|Name|Int|Float) "(?:[^"\\]|\\.)*"/gs, ' $1');
  if (/^Syntax Error: (Invalid|Unexpected) character/.test(message)) return 'Syntax Error: invalid character in the operation.';
  if (/^Syntax Error: Invalid (Unicode escape|number)/.test(message)) return 'Syntax Error: invalid escape or number in the operation.';
  return message;
}

function describeRule(rule: string): string {
  // Our own scalars' rules are fixed texts that say what to send and never quote the value.
  if (DECIMAL_RULES.includes(rule)) return rule;
  const enumValue = /Value .* does not exist in "(\w+)" enum\./s.exec(rule);
  if (enumValue) return `it is not one of the ${enumValue[1]} values.`;
  const field = /Field "[^"]*" is not defined by type "(\w+)"\./s.exec(rule);
  if (field) return `the input of type ${field[1]} has a field that type does not define.`;
  const missing = /^Field "([^"]+)" of required type "([^"]+)" was not provided\.$/s.exec(rule);
  if (missing) return rule;
  const scalar = /(?:^|\. )(\w+) cannot represent /s.exec(rule);
  if (scalar) return `expected a value of type ${scalar[1]}.`;
  const expectedType = /Expected type "([^"]+)"/s.exec(rule);
  if (expectedType) return `expected a value of type ${expectedType[1]}.`;
  const expectedList = /^Expected value of type "([^"]+)"/s.exec(rule);
  if (expectedList) return `expected ${expectedList[1]}.`;
  // Anything else from a custom scalar or rule may quote the value: say only that it is invalid.
  return /^(Expected non-nullable type|Field "[^"]+" of required type)/.test(rule) ? rule.replace(/ not to be null\.?$/, ' not to be null.') : 'the value is not valid here.';
}
