import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import { findPlainRows } from './plain-rows.js';
import { findByIds, findWhereIn } from '../orm/find-by-ids.js';
import { findWhere } from '../orm/where-statement.js';

/**
 * A per-request loader of entities by primary key: every load in one tick becomes one `where id in (...)`
 * statement, results come back in key order, and a missing row is null.
 */
export function createEntityLoader<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await findByIds(em, entity, ids);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * A per-request loader of at most one row per key, by a unique column other than the primary key (a member by
 * person, a report-in by member): one `where <column> in (...)` statement per tick, a missing row is null.
 */
export function createUniqueLoader<T extends object>(em: EntityManager, entity: EntityClass<T>, field: keyof T & string): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (keys) => {
    const rows = await findWhereIn(em, entity, field, keys);
    const byKey = new Map(rows.map((row) => [String(row[field]), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/**
 * A per-request loader of the children of many parents at once (one statement for all parents), each parent's
 * children in the order given, as managed entities or, with `plainRows`, as plain rows.
 */
export function createChildrenLoader<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  parentField: keyof T & string,
  orderBy: Partial<Record<keyof T & string, 'asc' | 'desc'>>,
  /** An extra condition every child must meet (e.g. the caller's scope), computed once per batch. */
  extraWhere?: () => Promise<FilterQuery<T>>,
  /**
   * For read-only lists: the rows' prototype (`plainPrototype`), and the children come as plain rows on it
   * (`findPlainRows`: the same statement, no managed entities, no identity map).
   */
  plainRows?: object,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (parentIds) => {
    const byParents = { [parentField]: { $in: [...parentIds] } } as unknown as FilterQuery<T>;
    const where = extraWhere ? ({ $and: [byParents, await extraWhere()] } as unknown as FilterQuery<T>) : byParents;
    const rows = plainRows
      ? await findPlainRows(em, entity, where as FilterQuery<NoInfer<T>>, { orderBy, prototype: plainRows })
      : await findWhere(em, entity, where as FilterQuery<NoInfer<T>>, { orderBy });
    const byParent = new Map<string, T[]>();
    for (const row of rows) {
      const key = String(row[parentField]);
      const list = byParent.get(key) ?? [];
      list.push(row);
      byParent.set(key, list);
    }
    return parentIds.map((id) => byParent.get(id) ?? []);
  });
}
