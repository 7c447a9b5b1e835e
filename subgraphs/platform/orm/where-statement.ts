import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass, EntityDictionary, EntityMetadata, FilterQuery } from '@mikro-orm/core';
import { isDeepStrictEqual } from 'node:util';
import { readsPlainly } from './plain-mapping.js';

export interface SelectOptions<T> {
  orderBy?: Partial<Record<keyof T & string, 'asc' | 'desc'>>;
  limit?: number;
}

/** A statement built once for one shape of where-clause: where each of its parameters comes from. */
interface Template {
  sql: string;
  /**
   * Per parameter of the statement: the index of the where-clause's value it takes, the indices of the values an
   * array literal is written from (an array operator's operand, `{a,b}`), or a constant (a limit).
   */
  params: ({ value: number } | { array: number[] } | { constant: unknown })[];
}

/** Per entity, the statements by shape of where-clause; null for a shape whose statement must be built every time. */
const templates = new WeakMap<EntityMetadata, Map<string, Template | null>>();

/** Shapes remembered per entity; a list's key count is part of its shape, so the number is bounded but can be large. */
const SHAPES_REMEMBERED = 500;

/** The marker standing for a where-clause's value while its statement is built (NUL never occurs in a stored text). */
const marker = (index: number) => `\u0000${index}\u0000`;
const MARKER = /^\u0000(\d+)\u0000$/;
/** An array literal of markers only, as the platform writes the operand of $overlap or $contains. */
const ARRAY_OF_MARKERS = /^\{\u0000\d+\u0000(?:,\u0000\d+\u0000)*\}$/;

/**
 * The shape of a where-clause (its keys, operators, list lengths, nulls and booleans) with every text and number
 * replaced, and those values in order; null when it holds anything else (a date, an entity, an undefined), whose
 * treatment the query builder decides by value.
 */
function shapeOf(where: unknown, values: unknown[]): string | null {
  if (typeof where === 'string' || (typeof where === 'number' && Number.isFinite(where))) {
    values.push(where);
    return typeof where === 'string' ? 's' : 'n';
  }
  if (where === null || typeof where === 'boolean') return String(where);
  if (Array.isArray(where)) {
    const items: string[] = [];
    for (const item of where) {
      const shape = shapeOf(item, values);
      if (shape === null) return null;
      items.push(shape);
    }
    return `[${items.join(',')}]`;
  }
  const prototype: unknown = typeof where === 'object' ? Object.getPrototypeOf(where) : undefined;
  if (prototype !== Object.prototype && prototype !== null) return null;
  const entries: string[] = [];
  for (const [key, value] of Object.entries(where as Record<string, unknown>)) {
    const shape = shapeOf(value, values);
    if (shape === null) return null;
    entries.push(`${JSON.stringify(key)}:${shape}`);
  }
  return `{${entries.join(',')}}`;
}

/** The where-clause with its values replaced by markers, in the order shapeOf collects them. */
function marked(where: unknown, next: { index: number }): unknown {
  if (typeof where === 'string' || typeof where === 'number') return marker(next.index++);
  if (Array.isArray(where)) return where.map((item) => marked(item, next));
  if (where !== null && typeof where === 'object') return Object.fromEntries(Object.entries(where).map(([key, value]) => [key, marked(value, next)]));
  return where;
}

function query<T extends object>(em: EntityManager, entity: EntityClass<T>, where: unknown, options: SelectOptions<T>) {
  const builder = em.createQueryBuilder(entity).select('*').where(where as never);
  if (options.orderBy) builder.orderBy(options.orderBy as never);
  if (options.limit !== undefined) builder.limit(options.limit);
  return builder;
}

/**
 * The template of a shape, from the statement the query builder builds for it with markers as values, or null when
 * that statement does not take each value as a parameter of its own, unchanged. It is kept only if filling it with
 * the first real values gives exactly the statement the query builder builds for them.
 */
function templateOf<T extends object>(em: EntityManager, entity: EntityClass<T>, where: unknown, values: unknown[], options: SelectOptions<T>, real: { sql: string; params: readonly unknown[] }): Template | null {
  let built: { sql: string; params: readonly unknown[] };
  try {
    built = query(em, entity, marked(where, { index: 0 }), options).toQuery();
  } catch {
    return null; // a type that checks values (an enum array's items) refuses the markers: no template
  }
  const { sql, params } = built;
  if (sql.includes('\u0000')) return null;
  const used: number[] = [];
  const template: Template = {
    sql,
    params: params.map((param) => {
      const match = typeof param === 'string' ? MARKER.exec(param) : null;
      if (match) {
        used.push(Number(match[1]));
        return { value: Number(match[1]) };
      }
      if (typeof param === 'string' && ARRAY_OF_MARKERS.test(param)) {
        const indices = param.slice(1, -1).split(',').map((item) => Number(item.slice(1, -1)));
        used.push(...indices);
        return { array: indices };
      }
      return { constant: param };
    }),
  };
  if (used.length !== values.length || new Set(used).size !== values.length) return null;
  return sql === real.sql && isDeepStrictEqual(fill(em, template, values), [...real.params]) ? template : null;
}

/** The template's parameters for these values; an array operand written as the platform writes an array column's value. */
const fill = (em: EntityManager, template: Template, values: readonly unknown[]) =>
  template.params.map((param) =>
    'value' in param ? values[param.value] : 'array' in param ? em.getPlatform().marshallArray(param.array.map((index) => values[index] as string)) : param.constant,
  );

/**
 * The statement for `select * … where …` with this clause: from the template of its shape, built on the first
 * clause of that shape; null for a clause the query builder must take every time (see selectRows).
 */
function statementFor<T extends object>(em: EntityManager, meta: EntityMetadata, entity: EntityClass<T>, where: unknown, options: SelectOptions<T>) {
  const values: unknown[] = [];
  const shape = readsPlainly(meta) ? shapeOf(where, values) : null;
  if (shape === null) return null;
  let byShape = templates.get(meta);
  if (!byShape) templates.set(meta, (byShape = new Map()));
  const key = `${shape}|${JSON.stringify(options.orderBy ?? null)}|${options.limit ?? ''}`;
  const template = byShape.get(key);
  if (template) return { sql: template.sql, params: fill(em, template, values) };
  const statement = query(em, entity, where, options).toQuery();
  if (template === undefined) {
    if (byShape.size >= SHAPES_REMEMBERED) byShape.delete(byShape.keys().next().value!);
    byShape.set(key, templateOf(em, entity, where, values, options, statement));
  }
  return statement;
}

/**
 * The rows of `entity` matching `where` (ordered and limited as asked), mapped to property names and JavaScript
 * values by the driver: the statement and rows the query builder gives for `select * … where …`, but the statement is
 * built once per shape of where-clause (keys, operators, list lengths) and then only filled with the new values; the
 * query builder's processing of a where-clause was most of a list read's CPU time. Read in the request's transaction
 * if it has one. Entities whose rows do not map column for column, and clauses holding values other than texts and
 * numbers, go through the query builder every time.
 */
export async function selectRows<T extends object>(em: EntityManager, entity: EntityClass<T>, where: FilterQuery<NoInfer<T>>, options: SelectOptions<T> = {}): Promise<EntityDictionary<T>[]> {
  const meta = em.getMetadata().get(entity);
  const statement = statementFor(em, meta, entity, where, options);
  if (!statement) return query(em, entity, where, options).execute<EntityDictionary<T>[]>('all');
  const rows = await em.execute<EntityDictionary<T>[]>(statement.sql, [...statement.params], 'all');
  const driver = em.getDriver();
  return rows.map((row) => driver.mapResult(row, meta)!);
}

const isScalar = (meta: EntityMetadata, property: string) => (meta.properties as Record<string, { kind: string } | undefined>)[property]?.kind === 'scalar';

/** Whether every condition of the clause is on a scalar property of the entity itself (no relation, no join). */
function onOwnColumns(meta: EntityMetadata, where: unknown): boolean {
  if (Array.isArray(where)) return where.every((item) => onOwnColumns(meta, item));
  if (where === null || typeof where !== 'object') return false;
  return Object.entries(where).every(([key, value]) => (key === '$and' || key === '$or' || key === '$not' ? onOwnColumns(meta, value) : isScalar(meta, key)));
}

/** Whether em.find would send the query builder's statement for this clause and order: no order of the entity's own to merge, no join. */
const findsPlainly = <T>(meta: EntityMetadata, where: unknown, options: SelectOptions<T>) =>
  !meta.orderBy && Object.keys(options.orderBy ?? {}).every((key) => isScalar(meta, key)) && onOwnColumns(meta, where);

/**
 * The managed entities of `entity` matching `where`, as `em.find(entity, where, { orderBy, limit })` returns them
 * (pending inserts of the entity flushed first; rows merged into the request's identity map, so an entity it holds
 * keeps its changes), with the statement built once per shape of clause as in selectRows. Clauses or orders on
 * relations, entities with an order of their own, and clauses selectRows leaves to the query builder go through
 * `em.find` itself.
 */
export async function findWhere<T extends object>(em: EntityManager, entity: EntityClass<T>, where: FilterQuery<NoInfer<T>>, options: SelectOptions<T> = {}): Promise<T[]> {
  const meta = em.getMetadata().get(entity);
  const statement = findsPlainly(meta, where, options) ? statementFor(em, meta, entity, where, options) : null;
  if (!statement) return em.find(entity, where, options as never);
  await em.tryFlush(entity, {});
  const rows = await em.execute<EntityDictionary<T>[]>(statement.sql, [...statement.params], 'all');
  const driver = em.getDriver();
  const factory = em.getEntityFactory();
  const entities = rows.map((row) => factory.create(entity, driver.mapResult(row, meta)!, { merge: true, convertCustomTypes: true }));
  await em.getUnitOfWork().dispatchOnLoadEvent();
  return entities;
}
