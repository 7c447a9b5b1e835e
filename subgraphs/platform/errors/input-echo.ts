/**
 * graphql-js repeats a rejected variable's value in its messages ("Variable "$x" got invalid value "…""). The value
 * may be personal data or an attack string, so messages are rewritten to name the variable, the path and the rule,
 * never the value.
 */
export function withoutEchoedInput(message: string): string {
  const variable = /^Variable "(\$\w+)" got invalid value .*? at "([^"]+)"; (.*)$/s.exec(message);
  if (variable) return `Variable "${variable[1]}" has an invalid value at "${variable[2]}": ${describeRule(variable[3])}`;
  const whole = /^Variable "(\$\w+)" got invalid value .*?; (.*)$/s.exec(message);
  if (whole) return `Variable "${whole[1]}" has an invalid value: ${describeRule(whole[2])}`;
  const literal = /^Enum "(\w+)" cannot represent non-enum value: .*$/s.exec(message);
  if (literal) return `The value given is not one of the ${literal[1]} values.`;
  const unknownValue = /^Value .* does not exist in "(\w+)" enum\..*$/s.exec(message);
  if (unknownValue) return `The value given is not one of the ${unknownValue[1]} values.`;
  return message;
}

function describeRule(rule: string): string {
  const enumValue = /^Value .* does not exist in "(\w+)" enum\..*$/s.exec(rule);
  if (enumValue) return `it is not one of the ${enumValue[1]} values.`;
  const scalar = /^(\w+) cannot represent .*$/s.exec(rule);
  if (scalar) return `expected a value of type ${scalar[1]}.`;
  return rule.replace(/^Expected value of type "([^"]+)", found .*?;\s*/s, 'expected $1; ');
}
