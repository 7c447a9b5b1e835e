import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass, EntityDictionary, EntityMetadata, FilterQuery } from '@mikro-orm/core';

/** Each entity's statement by primary key, per number of keys: built once, not by the query builder per batch. */
const statements = new WeakMap<EntityMetadata, Map<number, string>>();

/** Whether rows of the entity map to it column for column (no lazy, computed, eager, embedded or filtered properties; one key). */
function readsPlainly(meta: EntityMetadata): boolean {
  return (
    meta.primaryKeys.length === 1 &&
    !meta.discriminatorColumn &&
    Object.keys(meta.filters ?? {}).length === 0 &&
    meta.props.every((prop) => !prop.lazy && !prop.formula && !prop.eager && prop.persist !== false && prop.kind !== 'embedded')
  );
}

function primaryKeyColumn(meta: EntityMetadata): string {
  return (meta.properties as Record<string, { fieldNames: string[] }>)[meta.primaryKeys[0]].fieldNames[0];
}

function byIdStatement(em: EntityManager, meta: EntityMetadata, count: number): string {
  let byCount = statements.get(meta);
  if (!byCount) statements.set(meta, (byCount = new Map()));
  let sql = byCount.get(count);
  if (!sql) {
    const schema = meta.schema ?? em.config.get('schema');
    const table = `${schema ? `"${schema}".` : ''}"${meta.tableName}"`;
    const key = primaryKeyColumn(meta);
    sql = `select "e0".* from ${table} as "e0" where "e0"."${key}" in (${Array.from({ length: count }, () => '?').join(', ')})`;
    byCount.set(count, sql);
  }
  return sql;
}

/**
 * The managed entities of `entity` with these primary keys, in no particular order, missing ones left out: what
 * `em.find(entity, { id: { $in: ids } })` returns, in the request's transaction if it has one. The statement is
 * built once per entity and number of keys instead of by the query builder every time (most of a small read's CPU
 * time); rows become entities as in `em.find`: mapped by the driver and merged by the entity factory, so an entity
 * the request already holds keeps its changes and gains what it lacked. Entities whose rows do not map column for
 * column (lazy, computed, eager or embedded properties, filters) are read by `em.find` itself.
 */
export async function findByIds<T extends object>(em: EntityManager, entity: EntityClass<T>, ids: readonly string[]): Promise<T[]> {
  const meta = em.getMetadata().get(entity);
  if (!readsPlainly(meta)) return em.find(entity, { [meta.primaryKeys[0]]: { $in: [...ids] } } as unknown as FilterQuery<NoInfer<T>>);
  if (ids.length === 0) return [];
  const rows = await em.execute<EntityDictionary<T>[]>(byIdStatement(em, meta, ids.length), [...ids]);
  const driver = em.getDriver();
  const factory = em.getEntityFactory();
  const entities = rows.map((row) => factory.create(entity, driver.mapResult(row, meta)!, { merge: true, convertCustomTypes: true }));
  await em.getUnitOfWork().dispatchOnLoadEvent();
  return entities;
}
