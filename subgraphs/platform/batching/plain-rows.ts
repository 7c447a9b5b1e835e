import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass, FilterQuery } from '@mikro-orm/core';

/** The prototype of an entity's plain rows: the named methods of the class (inherited ones too). */
export function plainPrototype<T extends object>(entity: EntityClass<T>, methods: readonly (keyof T & string)[] = []): object {
  const prototype = entity.prototype as Record<string, unknown>;
  return Object.fromEntries(methods.map((name) => [name, prototype[name]]));
}

export interface PlainRowsOptions<T> {
  orderBy?: Partial<Record<keyof T & string, 'asc' | 'desc'>>;
  limit?: number;
  /** From plainPrototype: the methods the rows need. */
  prototype?: object;
}

/**
 * The rows of `entity` matching `where`, as plain objects: one statement built by the query builder from the same
 * where-clause `em.find` would take (so the same rows come back for every caller), mapped to property names and
 * JavaScript values (dates, numbers) as the ORM maps them, but never hydrated into managed entities or put into the
 * identity map. For read paths only: nothing returned here can be changed and flushed.
 */
export async function findPlainRows<T extends object>(em: EntityManager, entity: EntityClass<T>, where: FilterQuery<NoInfer<T>>, options: PlainRowsOptions<T> = {}): Promise<T[]> {
  const query = em.createQueryBuilder(entity).select('*').where(where as never);
  if (options.orderBy) query.orderBy(options.orderBy as never);
  if (options.limit !== undefined) query.limit(options.limit);
  const rows = await query.execute<Record<string, unknown>[]>('all');
  const prototype = options.prototype;
  return (prototype ? rows.map((row) => Object.assign(Object.create(prototype) as object, row)) : rows) as T[];
}

/** createEntityLoader's plain-row twin: rows by primary key, one `where id in (...)` per tick, a missing row is null. */
export function createPlainRowLoader<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>, prototype?: object): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await findPlainRows(em, entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>, { prototype });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * createChildrenLoader's plain-row twin: the children of many parents in one statement, each parent's children in
 * the order given, restricted by `extraWhere` (the caller's scope) exactly as there.
 */
export function createPlainChildrenLoader<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  parentField: keyof T & string,
  orderBy: Partial<Record<keyof T & string, 'asc' | 'desc'>>,
  extraWhere?: () => Promise<FilterQuery<T>>,
  prototype?: object,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (parentIds) => {
    const byParents = { [parentField]: { $in: [...parentIds] } } as unknown as FilterQuery<T>;
    const where = extraWhere ? ({ $and: [byParents, await extraWhere()] } as unknown as FilterQuery<T>) : byParents;
    const rows = await findPlainRows(em, entity, where as FilterQuery<NoInfer<T>>, { orderBy, prototype });
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
