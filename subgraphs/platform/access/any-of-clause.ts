import type { FilterQuery } from '@mikro-orm/core';
import { placeholders } from '../orm/sql-placeholders.js';

/** "column is one of ids": a row is readable when any clause of a caller's scope holds. */
export interface AnyOfClause {
  /** The entity property (camelCase, as MikroORM names it); SQL uses its snake_case column. */
  column: string;
  ids: readonly string[];
}

/** The clauses as a MikroORM where-clause; one that matches nothing when there are none. */
export function anyOfWhere<T>(clauses: readonly AnyOfClause[]): FilterQuery<T> {
  if (clauses.length === 0) return { id: { $in: [] } } as FilterQuery<T>;
  return { $or: clauses.map((clause) => ({ [clause.column]: { $in: [...clause.ids] } })) } as FilterQuery<T>;
}

/** The property's column under MikroORM's default naming (`neighborhoodId` → `neighborhood_id`). */
export function columnOf(property: string): string {
  return property.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** The same condition as SQL over a table alias, with `?` parameters; `false` when there are no clauses. */
export function anyOfSql(clauses: readonly AnyOfClause[], alias: string): { sql: string; params: string[] } {
  if (clauses.length === 0) return { sql: 'false', params: [] };
  return {
    sql: `(${clauses.map((clause) => `${alias}.${columnOf(clause.column)} in (${placeholders(clause.ids)})`).join(' or ')})`,
    params: clauses.flatMap((clause) => [...clause.ids]),
  };
}

/** Whether a loaded row passes the clauses (the same test as `anyOfWhere`, in memory). */
export function passesAnyOf(clauses: readonly AnyOfClause[], row: Readonly<Record<string, unknown>>): boolean {
  return clauses.some((clause) => {
    const value = row[clause.column];
    return typeof value === 'string' && clause.ids.includes(value);
  });
}
