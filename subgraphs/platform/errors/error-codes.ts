// graphql-js's error entry point, the same module the package's index re-exports: a pure rule that throws a coded
// error (and its unit test) then loads no more of graphql than the error class.
import { GraphQLError } from 'graphql/error/index.js';

/**
 * The stable error codes every subgraph returns in `extensions.code`. Clients branch on these, never on messages.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Extra, machine-readable facts about an error (which field, which constraint). Never personal data. */
export type ErrorDetails = Record<string, string | number | boolean | string[] | null>;

function graphqlError(code: ErrorCode, message: string, details?: ErrorDetails): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}

/** The input is wrong; the message says what to change. */
export function badUserInput(message: string, details?: ErrorDetails): GraphQLError {
  return graphqlError(ErrorCode.BAD_USER_INPUT, message, details);
}

/** No valid credentials were presented. */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
  });
}

/** The caller is known but may not do this. */
export function forbidden(message: string, details?: ErrorDetails): GraphQLError {
  return graphqlError(ErrorCode.FORBIDDEN, message, details);
}

/** Nothing with that id exists, or the caller may not know that it exists. */
export function notFound(typeName: string, id: string): GraphQLError {
  return graphqlError(ErrorCode.NOT_FOUND, `No ${typeName} with id "${id}" is visible to you.`, { typeName, id });
}

/** Nothing matches a search whose input must not be echoed (e.g. an ID number). */
export function nothingFound(message: string): GraphQLError {
  return graphqlError(ErrorCode.NOT_FOUND, message);
}

/** The request clashes with stored data (a duplicate, a stale version, a finished state). */
export function conflict(message: string, details?: ErrorDetails): GraphQLError {
  return graphqlError(ErrorCode.CONFLICT, message, details);
}
