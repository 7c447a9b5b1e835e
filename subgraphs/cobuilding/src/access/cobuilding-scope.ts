import type { Caller } from '../../../platform/access/caller.js';
import { effectiveGrant } from '../../../platform/access/place-grant.js';
import { Role } from '../../../platform/access/role.js';
import { reachClauses, reachOf } from '../../../platform/access/place-reach.js';
import { anyOfWhere, passesAnyOf, type AnyOfClause } from '../../../platform/access/any-of-clause.js';

/** A column of a cobuilding table that a read condition can test. */
export type ScopeColumn =
  | 'districtId'
  | 'streetId'
  | 'communityId'
  | 'neighborhoodId'
  | 'unitId'
  | 'claimantUnitId'
  | 'residentId'
  | 'claimantPersonId'
  | 'personId';

/** "column is one of ids"; a row is readable when any clause of the caller's scope holds. */
export interface ScopeClause extends AnyOfClause {
  column: ScopeColumn;
}

/** Which kinds of row a table holds, so the right parts of a caller's scope apply to it. */
export interface TableShape {
  /** The place columns the table has: none, district … community, or district … neighborhood. */
  placed: false | 'community' | 'neighborhood';
  /** Columns naming the unit that owns or claimed the row. */
  unitColumns: readonly ('unitId' | 'claimantUnitId')[];
  /** Columns naming persons whose own rows these are. */
  personColumns: readonly ('residentId' | 'claimantPersonId' | 'personId')[];
}

/**
 * What a caller may read in a table, as clauses over its columns:
 * - areas (DISTRICT, STREET, COMMUNITY) read everything inside their area;
 * - organisations (branches, companies, committees, joint units) read the places in their grant;
 * - a joint unit also reads its own rows (its pairings, projects, claims, activities) wherever they are;
 * - a person reads the rows that are theirs (their wishes, claims, posts).
 * No clause means nothing is readable.
 */
export function scopeClauses(caller: Caller, shape: TableShape): ScopeClause[] {
  const clauses: ScopeClause[] = [];
  const add = (column: ScopeColumn, ids: readonly string[]) => {
    if (ids.length > 0) clauses.push({ column, ids });
  };
  if (shape.placed) {
    const reach = reachOf(effectiveGrant(caller));
    const columns = shape.placed === 'neighborhood' ? undefined : { districtId: 'districtId', streetId: 'streetId', communityId: 'communityId' };
    clauses.push(...(reachClauses(reach, columns) as ScopeClause[]));
  }
  if (caller.role === Role.JOINT_UNIT && caller.organizationId) {
    for (const column of shape.unitColumns) add(column, [caller.organizationId]);
  }
  if (caller.personId) {
    for (const column of shape.personColumns) add(column, [caller.personId]);
  }
  return clauses;
}

/** The clauses as a MikroORM where-clause; one that matches nothing when there are none. */
export function scopeFilter(clauses: readonly ScopeClause[]): Record<string, unknown> {
  return anyOfWhere<Record<string, unknown>>(clauses) as Record<string, unknown>;
}

/** Whether a loaded row is readable under the clauses (the same test as `scopeFilter`, in memory). */
export function isInScope(clauses: readonly ScopeClause[], row: Partial<Record<ScopeColumn, string | null>>): boolean {
  return passesAnyOf(clauses, row);
}

export const TABLES = {
  pairing: { placed: 'neighborhood', unitColumns: ['unitId'], personColumns: [] },
  // Report-ins and posts belong to a community: a grant of neighborhoods does not reach them.
  reportIn: { placed: 'community', unitColumns: ['unitId'], personColumns: [] },
  need: { placed: 'neighborhood', unitColumns: [], personColumns: [] },
  project: { placed: 'neighborhood', unitColumns: ['unitId'], personColumns: [] },
  wish: { placed: 'neighborhood', unitColumns: ['claimantUnitId'], personColumns: ['residentId', 'claimantPersonId'] },
  activity: { placed: 'neighborhood', unitColumns: ['unitId'], personColumns: [] },
  unitPost: { placed: 'community', unitColumns: ['unitId'], personColumns: ['personId'] },
} as const satisfies Record<string, TableShape>;

/** What the caller may read in each table, computed once per request. */
export type CobuildingScope = { [K in keyof typeof TABLES]: ScopeClause[] };

/** The caller's clauses for every table. */
export function cobuildingScope(caller: Caller): CobuildingScope {
  return Object.fromEntries(Object.entries(TABLES).map(([table, shape]) => [table, scopeClauses(caller, shape)])) as CobuildingScope;
}
