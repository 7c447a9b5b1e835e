import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import { selectRows } from '../orm/where-statement.js';

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
 * The rows of `entity` matching `where`, as plain objects: the query builder's statement for the same where-clause
 * `em.find` would take (so the same rows come back for every caller; `selectRows` builds it once per shape of
 * clause), rows mapped to property names and JavaScript values (dates, numbers) as the ORM maps them, but never
 * hydrated into managed entities or put into the identity map. For read paths only: nothing returned here can be
 * changed and flushed.
 */
export async function findPlainRows<T extends object>(em: EntityManager, entity: EntityClass<T>, where: FilterQuery<NoInfer<T>>, options: PlainRowsOptions<T> = {}): Promise<T[]> {
  const rows = await selectRows(em, entity, where, options);
  const prototype = options.prototype;
  return (prototype ? rows.map((row) => Object.assign(Object.create(prototype) as object, row)) : rows) as T[];
}
