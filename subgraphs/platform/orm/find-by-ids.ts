import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass, EntityDictionary, EntityMetadata, FilterQuery } from '@mikro-orm/core';
import { placeholders } from './sql-placeholders.js';
import { readsPlainly } from './plain-mapping.js';

/** Each entity's statements by one column, per column and number of keys: built once, not by the query builder per batch. */
const statements = new WeakMap<EntityMetadata, Map<string, string>>();

/** The column of a scalar property, or null when it has none of its own (a relation, or several columns). */
function columnOf(meta: EntityMetadata, property: string): string | null {
  const prop = (meta.properties as Record<string, { kind: string; fieldNames?: string[] } | undefined>)[property];
  return prop?.kind === 'scalar' && prop.fieldNames?.length === 1 ? prop.fieldNames[0] : null;
}

function whereInStatement(em: EntityManager, meta: EntityMetadata, column: string, count: number): string {
  let byKey = statements.get(meta);
  if (!byKey) statements.set(meta, (byKey = new Map()));
  const cacheKey = `${column}\u0000${count}`;
  let sql = byKey.get(cacheKey);
  if (!sql) {
    const schema = meta.schema ?? em.config.get('schema');
    const table = `${schema ? `"${schema}".` : ''}"${meta.tableName}"`;
    sql = `select "e0".* from ${table} as "e0" where "e0"."${column}" in (${placeholders(count)})`;
    byKey.set(cacheKey, sql);
  }
  return sql;
}

/**
 * The managed entities of `entity` whose scalar `property` is one of `keys`, in no particular order: what
 * `em.find(entity, { [property]: { $in: keys } })` returns, in the request's transaction if it has one. The statement
 * is built once per entity, column and number of keys instead of by the query builder every time (most of a small
 * read's CPU time); rows become entities as in `em.find`: pending inserts of the entity are flushed first, rows are
 * mapped by the driver and merged by the entity factory, so an entity the request already holds keeps its changes
 * and gains what it lacked. Entities whose rows do not map column
 * for column (lazy, computed, eager or embedded properties, filters), and properties that are not one column of
 * their own, are read by `em.find` itself.
 */
export async function findWhereIn<T extends object>(em: EntityManager, entity: EntityClass<T>, property: keyof T & string, keys: readonly string[]): Promise<T[]> {
  const meta = em.getMetadata().get(entity);
  const column = columnOf(meta, property);
  if (!column || !readsPlainly(meta)) return em.find(entity, { [property]: { $in: [...keys] } } as unknown as FilterQuery<NoInfer<T>>);
  if (keys.length === 0) return [];
  // As em.find does: entities of this kind persisted but not yet flushed are written first, so the read sees them.
  await em.tryFlush(entity, {});
  const rows = await em.execute<EntityDictionary<T>[]>(whereInStatement(em, meta, column, keys.length), [...keys]);
  const driver = em.getDriver();
  const factory = em.getEntityFactory();
  const entities = rows.map((row) => factory.create(entity, driver.mapResult(row, meta)!, { merge: true, convertCustomTypes: true }));
  await em.getUnitOfWork().dispatchOnLoadEvent();
  return entities;
}

/** The managed entities of `entity` with these primary keys, missing ones left out (`findWhereIn` on the key). */
export function findByIds<T extends object>(em: EntityManager, entity: EntityClass<T>, ids: readonly string[]): Promise<T[]> {
  const meta = em.getMetadata().get(entity);
  return meta.primaryKeys.length === 1 ? findWhereIn(em, entity, meta.primaryKeys[0] as keyof T & string, ids) : em.find(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<NoInfer<T>>);
}
