import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput } from '../../../platform/errors/error-codes.js';
import { DEFAULT_PAGE_SIZE, type Page } from '../../../platform/pagination/connection.js';
import { scopeSql, type PropertyScope } from '../access/property-scope.js';
import { ServiceRequest } from './service-request.entity.js';
import type { ServiceRequestCategory, ServiceRequestStatus } from './request-kinds.js';
import { placeholders } from '../../../platform/orm/sql-placeholders.js';
import { findPlainRows, plainPrototype } from '../../../platform/batching/plain-rows.js';

/** A listed request is a plain row (read-only: nothing here is changed and flushed), with the entity's path(). */
const REQUEST_ROW = plainPrototype(ServiceRequest, ['path']);

/** Which of a neighborhood's requests to list. */
export interface RequestListFilter {
  statuses?: ServiceRequestStatus[];
  category?: ServiceRequestCategory;
}

export interface RequestPageKey {
  neighborhoodId: string;
  filter: RequestListFilter;
  first?: number;
  after?: string;
}

function encodeCursor(request: ServiceRequest): string {
  return Buffer.from(JSON.stringify([request.submittedAt.toISOString(), request.id]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string') && !Number.isNaN(Date.parse(value[0]))) {
      return value as [string, string];
    }
  } catch {
    // fall through to the error below
  }
  throw badUserInput('The cursor in "after" is not one this list returned: pass a pageInfo.endCursor.', { field: 'after' });
}

function filterSql(filter: RequestListFilter): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filter.statuses?.length) {
    clauses.push(`r.status in (${placeholders(filter.statuses)})`);
    params.push(...filter.statuses);
  }
  if (filter.category) {
    clauses.push('r.category = ?');
    params.push(filter.category);
  }
  return { sql: clauses.length ? clauses.join(' and ') : 'true', params };
}

/**
 * Pages of many neighborhoods' requests at once, newest first: one windowed statement picks each neighborhood's
 * page ids for every key sharing the same filter and cursor, a second loads those rows, and counts are one grouped
 * statement when asked for. No statement per neighborhood. The requests are plain rows, not managed entities.
 */
export function createRequestPageLoader(em: EntityManager, scope: () => Promise<PropertyScope>) {
  const groupOf = (key: RequestPageKey) => JSON.stringify([key.filter, key.first ?? DEFAULT_PAGE_SIZE, key.after ?? null]);

  const counts = new DataLoader<{ neighborhoodId: string; filter: RequestListFilter }, number, string>(
    async (keys) => {
      const results = new Map<string, number>();
      const groups = new Map<string, typeof keys[number][]>();
      for (const key of keys) groups.set(JSON.stringify(key.filter), [...(groups.get(JSON.stringify(key.filter)) ?? []), key]);
      const visible = scopeSql(await scope(), 'r');
      for (const [filterKey, members] of groups) {
        const where = filterSql(members[0].filter);
        const rows = await em.getConnection().execute<{ key: string; total: string }[]>(
          `select r.neighborhood_id as key, count(*) as total from property.service_request r
           where r.neighborhood_id in (${placeholders(members)}) and ${where.sql} and ${visible.sql}
           group by r.neighborhood_id`,
          [...members.map((member) => member.neighborhoodId), ...where.params, ...visible.params],
        );
        for (const row of rows) results.set(`${row.key}|${filterKey}`, Number(row.total));
      }
      return keys.map((key) => results.get(`${key.neighborhoodId}|${JSON.stringify(key.filter)}`) ?? 0);
    },
    { cacheKeyFn: (key) => `${key.neighborhoodId}|${JSON.stringify(key.filter)}` },
  );

  return new DataLoader<RequestPageKey, Page<ServiceRequest>, string>(
    async (keys) => {
      const visible = scopeSql(await scope(), 'r');
      const groups = new Map<string, RequestPageKey[]>();
      for (const key of keys) groups.set(groupOf(key), [...(groups.get(groupOf(key)) ?? []), key]);
      const pages = new Map<string, ServiceRequest[]>();
      for (const members of groups.values()) {
        const { filter, after } = members[0];
        const size = members[0].first ?? DEFAULT_PAGE_SIZE;
        const where = filterSql(filter);
        const cursor = after ? decodeCursor(after) : null;
        const rows = await em.getConnection().execute<{ id: string }[]>(
          `select id from (
             select r.id, row_number() over (partition by r.neighborhood_id order by r.submitted_at desc, r.id desc) as position
             from property.service_request r
             where r.neighborhood_id in (${placeholders(members)}) and ${where.sql} and ${visible.sql}
             ${cursor ? 'and (r.submitted_at, r.id) < (?::timestamptz, ?::uuid)' : ''}
           ) ranked where position <= ?`,
          [...members.map((member) => member.neighborhoodId), ...where.params, ...visible.params, ...(cursor ?? []), size + 1],
        );
        const requests = rows.length ? await findPlainRows(em, ServiceRequest, { id: { $in: rows.map((row) => row.id) } }, { prototype: REQUEST_ROW }) : [];
        requests.sort((a, b) => b.submittedAt.getTime() - a.submittedAt.getTime() || (a.id < b.id ? 1 : -1));
        for (const member of members) {
          pages.set(`${member.neighborhoodId}|${groupOf(member)}`, requests.filter((request) => request.neighborhoodId === member.neighborhoodId));
        }
      }
      return keys.map((key) => {
        const size = key.first ?? DEFAULT_PAGE_SIZE;
        const rows = pages.get(`${key.neighborhoodId}|${groupOf(key)}`) ?? [];
        const nodes = rows.slice(0, size);
        const last = nodes.at(-1);
        return {
          nodes,
          pageInfo: { hasNextPage: rows.length > size, endCursor: last ? encodeCursor(last) : null },
          totalCount: () => counts.load({ neighborhoodId: key.neighborhoodId, filter: key.filter }),
        };
      });
    },
    { cacheKeyFn: (key) => `${key.neighborhoodId}|${groupOf(key)}` },
  );
}
