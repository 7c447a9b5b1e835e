import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DECIMAL = /^\d{1,10}(\.\d{1,4})?$/;

function parseDecimal(value: unknown): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string' || !DECIMAL.test(text)) {
    throw new GraphQLError('A Decimal is a non-negative number written with at most 4 decimal places, e.g. "89.50".', {
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
    throw new GraphQLError('A Decimal must be a string or number literal.', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});
