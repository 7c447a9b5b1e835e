import { GraphQLError, GraphQLScalarType, valueFromASTUntyped } from 'graphql';

/**
 * Facts one subgraph gives another through the gateway (`@requires`) and never to clients travel as a custom scalar
 * whose value is a JSON object, not as an object type: every Federation 2 composer then accepts the subgraphs.
 * With an `@inaccessible` object type, Grafbase's composer demands `@inaccessible` on the consumer's `@external`
 * copies of the fields, and Apollo's composition refuses `@inaccessible` on an `@external` field.
 *
 * Each kind comes as two declarations of the same scalar:
 * - `hidden`, declared `@inaccessible`, by the subgraphs that resolve such fields (themselves `@inaccessible`); the
 *   composed scalar is `@inaccessible`, so the API schema has neither the fields nor the type;
 * - `external`, plain, by the subgraph that only requires them: its copies are `@external`, which may not carry
 *   `@inaccessible`, and a field of a scalar it declares plainly needs none (Grafbase checks per subgraph).
 *
 * Serialising keeps only the kind's own properties, checked (a resolver's extra property never travels); the
 * consumer reads the value from the entity representation (`_Any`), as it did the object type's selection.
 */
export interface HiddenFactScalars {
  hidden: GraphQLScalarType;
  external: GraphQLScalarType;
}

/** Reads a value of the kind: its own properties, checked; the message says what is wrong without quoting it. */
export type FactReader<T> = (value: unknown) => T | string;

export function hiddenFactScalars<T>(name: string, description: string, read: FactReader<T>): HiddenFactScalars {
  const checked = (value: unknown, code: string): T => {
    const result = read(value);
    if (typeof result === 'string') throw new GraphQLError(`A ${name} value is malformed: ${result}`, { extensions: { code } });
    return result;
  };
  const config = {
    name,
    description,
    // A resolver that returns a malformed value is this service's fault.
    serialize: (value: unknown) => checked(value, 'INTERNAL_SERVER_ERROR'),
    parseValue: (value: unknown) => checked(value, 'BAD_USER_INPUT'),
    parseLiteral: (ast: Parameters<typeof valueFromASTUntyped>[0], variables?: Parameters<typeof valueFromASTUntyped>[1]) =>
      checked(valueFromASTUntyped(ast, variables), 'BAD_USER_INPUT'),
  };
  return {
    hidden: new GraphQLScalarType({ ...config, extensions: { directives: { inaccessible: {} } } }),
    external: new GraphQLScalarType(config),
  };
}

/** Helpers for readers: each returns the property or a description of what is wrong. */
export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function integersOf<K extends string>(value: Record<string, unknown>, keys: readonly K[]): Record<K, number> | string {
  const counts = {} as Record<K, number>;
  for (const key of keys) {
    const count = value[key];
    if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) return `${key} must be a non-negative integer.`;
    counts[key] = count;
  }
  return counts;
}

export function textsOf<K extends string>(value: Record<string, unknown>, keys: readonly K[]): Record<K, string> | string {
  const texts = {} as Record<K, string>;
  for (const key of keys) {
    const text = value[key];
    if (typeof text !== 'string' || text.length === 0) return `${key} must be a non-empty string.`;
    texts[key] = text;
  }
  return texts;
}
