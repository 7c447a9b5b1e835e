import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DECIMAL = /^\d{1,10}(\.\d{1,4})?$/;

const NOT_A_DECIMAL = 'A Decimal is a non-negative number written with at most 4 decimal places, e.g. "89.50".';
const NOT_A_DECIMAL_LITERAL = 'A Decimal must be a string or number literal.';

/** What this scalar says of a rejected value: fixed texts that never quote it, so error messages may keep them. */
export const DECIMAL_RULES: readonly string[] = [NOT_A_DECIMAL, NOT_A_DECIMAL_LITERAL];

function parseDecimal(value: unknown): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string' || !DECIMAL.test(text)) {
    throw new GraphQLError(NOT_A_DECIMAL, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return text;
}

/**
 * An exact decimal number, sent as a string so no precision is lost (areas in m², money in yuan). Accepts a number
 * literal or a string on input.
 */
export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description: 'Exact decimal number as a string, e.g. "89.50" (精确小数: 面积、金额).',
  serialize: (value) => String(value),
  parseValue: parseDecimal,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.FLOAT || ast.kind === Kind.INT) return parseDecimal(ast.value);
    throw new GraphQLError(NOT_A_DECIMAL_LITERAL, { extensions: { code: 'BAD_USER_INPUT' } });
  },
});
