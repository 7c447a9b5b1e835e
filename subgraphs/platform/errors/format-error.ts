import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { DriverException, OptimisticLockError, UniqueConstraintViolationException, ForeignKeyConstraintViolationException, CheckConstraintViolationException, NotNullConstraintViolationException } from '@mikro-orm/core';
import type { ValidationError } from 'class-validator';
import { ErrorCode } from './error-codes.js';
import { withoutEchoedInput } from './input-echo.js';
import type { Logger } from '../logging/logger.js';

const KNOWN_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

function describeValidation(errors: ValidationError[], prefix = ''): { fields: string[]; problems: string[] } {
  const fields: string[] = [];
  const problems: string[] = [];
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) {
      fields.push(path);
      // class-validator messages name the property and the rule; they never contain the rejected value.
      problems.push(...Object.values(error.constraints));
    }
    if (error.children?.length) {
      const nested = describeValidation(error.children, path);
      fields.push(...nested.fields);
      problems.push(...nested.problems);
    }
  }
  return { fields, problems };
}

/**
 * An unexpected error as it is logged: its kind, codes and where it was thrown, never its message. Messages quote
 * what failed — a driver's statement with its parameters, a rejected value — and input never reaches a log.
 */
function withoutMessage(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const { code, sqlState } = error as { code?: unknown; sqlState?: unknown };
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).join('\n');
  return { type: error.name, code: typeof code === 'string' ? code : undefined, sqlState: typeof sqlState === 'string' ? sqlState : undefined, stack: frames };
}

/**
 * Turns any error into one with a stable code and a message a user can act on. Errors we did not anticipate are
 * logged with the request id and returned as INTERNAL_SERVER_ERROR without their message or stack.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { message: withoutEchoedInput(formatted.message), locations: formatted.locations, path: formatted.path };

    if (original instanceof ArgumentValidationError) {
      const { fields, problems } = describeValidation(original.extensions.validationErrors as ValidationError[]);
      return {
        ...base,
        message: `Invalid input: ${problems.join('; ')}.`,
        extensions: { code: ErrorCode.BAD_USER_INPUT, fields },
      };
    }
    if (original instanceof OptimisticLockError) {
      return {
        ...base,
        message: 'This record was changed by someone else since you read it. Reload it and apply your change again.',
        extensions: { code: ErrorCode.CONFLICT },
      };
    }
    if (original instanceof UniqueConstraintViolationException) {
      return { ...base, message: 'A record with the same unique values already exists.', extensions: { code: ErrorCode.CONFLICT } };
    }
    if (original instanceof ForeignKeyConstraintViolationException) {
      return { ...base, message: 'The record refers to something that does not exist, or is still referred to.', extensions: { code: ErrorCode.CONFLICT } };
    }
    if (original instanceof CheckConstraintViolationException || original instanceof NotNullConstraintViolationException) {
      return { ...base, message: 'The input breaks a rule the database enforces.', extensions: { code: ErrorCode.BAD_USER_INPUT } };
    }

    // Rules the database enforces beyond the ORM's own classes: exclusion constraints (no overlapping periods),
    // triggers that refuse changes to append-only records.
    if (original instanceof DriverException) {
      const sqlState = original.sqlState ?? original.code;
      if (sqlState === '23P01') {
        return { ...base, message: 'This overlaps with a record that already exists for the same period.', extensions: { code: ErrorCode.CONFLICT } };
      }
      // Values the database cannot read (an impossible date, a malformed id inside a cursor): the input is wrong.
      if (sqlState === '22007' || sqlState === '22008' || sqlState === '22P02' || sqlState === '22003') {
        return { ...base, message: 'A value in the input is not valid (for example an impossible date, or a malformed id or cursor).', extensions: { code: ErrorCode.BAD_USER_INPUT } };
      }
      // Text the database cannot store: a NUL character (22021), over a column's length (22001), an untranslatable
      // character (22P05). Requests with NUL are refused before this; these are the database's own word on it.
      if (sqlState === '22021' || sqlState === '22001' || sqlState === '22P05' || sqlState === '22026') {
        return { ...base, message: 'A text in the input cannot be stored (too long, or a character such as NUL that text may not contain).', extensions: { code: ErrorCode.BAD_USER_INPUT } };
      }
      if (sqlState === '42501') {
        return { ...base, message: 'This record cannot be changed once recorded: record a correction instead.', extensions: { code: ErrorCode.FORBIDDEN } };
      }
    }

    const code = formatted.extensions?.code;
    if (typeof code === 'string' && KNOWN_CODES.has(code) && (original instanceof GraphQLError || !(original instanceof Error))) {
      const { http: _http, stacktrace: _stack, exception: _exception, serviceName: _service, ...rest } = (formatted.extensions ?? {}) as Record<string, unknown>;
      return { ...base, extensions: { ...rest, code } };
    }

    logger.error({ error: withoutMessage(original), path: formatted.path }, 'unexpected error');
    return {
      message: 'Internal error. It has been logged; try again later or contact support.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
