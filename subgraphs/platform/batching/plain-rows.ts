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
