import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import { badUserInput } from '../errors/error-codes.js';
import { DEFAULT_PAGE_SIZE, type Page, type PageArgs } from './connection.js';
import { findPlainRows } from '../batching/plain-rows.js';
import { findWhere } from '../orm/where-statement.js';

function encodeCursor(sortValue: string, id: string): string {
  return Buffer.from(JSON.stringify([sortValue, id]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string')) {
      return value as [string, string];
    }
  } catch {
    // fall through to the error below
  }
  throw badUserInput('The cursor in "after" is not one this list returned: pass a pageInfo.endCursor.', { field: 'after' });
}

/** A sort value as the cursor carries it: date-times as ISO text (which Postgres compares as timestamps again). */
function cursorValue(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

/**
 * One page of `entity` matching `where`, ordered by a text or date-time column then id, using keyset pagination (stable under
 * inserts, no OFFSET scans). One SQL statement for the page; the count runs only if the client asks for it.
 * With `plain` the page's rows are plain objects on that prototype (findPlainRows: the same statement, no managed
 * entities), for read-only lists whose rows are never changed and flushed in the request.
 */
export async function findPage<T extends { id: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<NoInfer<T>>,
  page: PageArgs,
  sortField: keyof NoInfer<T> & string,
  plain?: { prototype?: object },
): Promise<Page<T>> {
  const size = page.first ?? DEFAULT_PAGE_SIZE;
  let filter = where;
  if (page.after) {
    const [sortValue, id] = decodeCursor(page.after);
    const after = { $or: [{ [sortField]: { $gt: sortValue } }, { [sortField]: sortValue, id: { $gt: id } }] };
    filter = { $and: [where, after] } as unknown as FilterQuery<NoInfer<T>>;
  }
  const options = { orderBy: { [sortField]: 'asc', id: 'asc' } as Partial<Record<keyof T & string, 'asc' | 'desc'>>, limit: size + 1 };
  const rows = plain ? await findPlainRows(em, entity, filter, { ...options, prototype: plain.prototype }) : await findWhere(em, entity, filter, options);
  const nodes = rows.slice(0, size);
  const last = nodes.at(-1);
  return {
    nodes,
    pageInfo: {
      hasNextPage: rows.length > size,
      endCursor: last ? encodeCursor(cursorValue(last[sortField]), last.id) : null,
    },
    totalCount: () => em.count(entity, where),
  };
}
