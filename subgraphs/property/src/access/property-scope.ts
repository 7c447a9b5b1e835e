import type { FilterQuery } from '@mikro-orm/core';
import type { Caller } from '../../../platform/access/caller.js';
import { effectiveGrant } from '../../../platform/access/place-grant.js';
import { Role } from '../../../platform/access/role.js';
import type { PlacePath } from '../../../platform/access/place-path.js';
import { reachClauses, reachCovers, type PlaceReach } from '../../../platform/access/place-reach.js';
import { anyOfSql, anyOfWhere } from '../../../platform/access/any-of-clause.js';

/**
 * What a caller may read in the property subgraph, resolved once per request.
 * - Area roles (DISTRICT, STREET, COMMUNITY), PARTY_BRANCH and OWNERS_COMMITTEE: rows inside the places of their
 *   effective grant.
 * - PROPERTY_COMPANY: rows of its own company in the neighborhoods where it holds an active contract *in this
 *   database* (the token's grant is not trusted for this: a stale or forged grant gains nothing).
 * - RESIDENT: no places; only the requests they submitted (see `ownPersonId`).
 * - JOINT_UNIT: nothing here.
 */
export interface PropertyScope extends PlaceReach {
  /** For a property company: rows must also belong to this company. */
  companyId: string | null;
  /** For a resident: the person whose own requests they may read. */
  ownPersonId: string | null;
}

/**
 * The company whose active contracts in this database make up the caller's places: a property company's own (when
 * its token names one); null for everyone else, whose scope needs no contracts.
 */
export function scopeCompanyId(caller: Caller): string | null {
  return caller.role === Role.PROPERTY_COMPANY && caller.organizationId ? caller.organizationId : null;
}

/** Builds the scope from the caller and, for a company, the neighborhoods of its own active contracts. */
export function propertyScope(caller: Caller, activeNeighborhoodIdsOfCompany: readonly string[]): PropertyScope {
  const none = new Set<string>();
  if (caller.role === Role.PROPERTY_COMPANY) {
    return {
      districtIds: none,
      streetIds: none,
      communityIds: none,
      neighborhoodIds: new Set(activeNeighborhoodIdsOfCompany),
      companyId: caller.organizationId,
      ownPersonId: null,
    };
  }
  if (caller.role === Role.RESIDENT) {
    return { districtIds: none, streetIds: none, communityIds: none, neighborhoodIds: none, companyId: null, ownPersonId: caller.personId };
  }
  if (caller.role === Role.JOINT_UNIT) {
    return { districtIds: none, streetIds: none, communityIds: none, neighborhoodIds: none, companyId: null, ownPersonId: null };
  }
  const grant = effectiveGrant(caller);
  if (caller.role === Role.OWNERS_COMMITTEE && grant.neighborhoodIds.length !== 1) {
    // A committee acts for exactly one neighborhood, its own; a token naming several is not one the graph issues.
    return { districtIds: none, streetIds: none, communityIds: none, neighborhoodIds: none, companyId: null, ownPersonId: null };
  }
  return {
    districtIds: new Set(grant.districtIds),
    streetIds: new Set(grant.streetIds),
    communityIds: new Set(grant.communityIds),
    neighborhoodIds: new Set(grant.neighborhoodIds),
    companyId: null,
    ownPersonId: null,
  };
}

/** Whether a row at `path` (belonging to `companyId`) is inside the scope's places. */
export function isInScope(scope: PropertyScope, path: PlacePath<'neighborhood'>, companyId: string | null): boolean {
  if (scope.companyId !== null && companyId !== scope.companyId) return false;
  return reachCovers(scope, path);
}

/**
 * A where-clause keeping only rows inside the scope's places, for a table with the four path columns and a
 * `companyId` column. Matches nothing for an empty scope.
 */
export function scopeWhere<T>(scope: PropertyScope, options: { hasCompany: boolean } = { hasCompany: true }): FilterQuery<T> {
  const places = reachClauses(scope);
  if (places.length === 0 || (scope.companyId !== null && !options.hasCompany)) return { id: { $in: [] } } as FilterQuery<T>;
  const inPlaces = anyOfWhere(places);
  return (scope.companyId !== null ? { $and: [inPlaces, { companyId: scope.companyId }] } : inPlaces) as FilterQuery<T>;
}

/** The same condition as SQL over a table alias, with positional parameters, for aggregate queries. */
export function scopeSql(scope: PropertyScope, alias: string): { sql: string; params: string[] } {
  let { sql, params } = anyOfSql(reachClauses(scope), alias);
  if (sql === 'false') return { sql, params };
  if (scope.companyId !== null) {
    sql = `(${sql} and ${alias}.company_id = ?)`;
    params = [...params, scope.companyId];
  }
  return { sql, params };
}
