import { GraphQLError } from 'graphql/error/index.js';

/** What a pure access rule's refusal says: the GraphQLError it throws, as message and extensions, for whole-value assertions. */
export function refusalOf(act: () => unknown): { message: string; extensions: Record<string, unknown> } {
  try {
    act();
  } catch (error) {
    if (error instanceof GraphQLError) return { message: error.message, extensions: { ...error.extensions } };
    throw error;
  }
  throw new Error('expected a refusal, but the rule allowed it');
}
