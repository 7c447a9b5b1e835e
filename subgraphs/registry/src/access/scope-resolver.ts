import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '../../../platform/access/caller.js';
import { findWhere } from '../../../platform/orm/where-statement.js';
import { effectiveGrant } from '../../../platform/access/place-grant.js';
import { Role } from '../../../platform/access/role.js';
import { Street } from '../street/street.entity.js';
import { Community } from '../community/community.entity.js';
import { Neighborhood } from '../neighborhood/neighborhood.entity.js';
import { Person } from '../person/person.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { UnitOwnership } from '../unit/unit-ownership.entity.js';
import type { PlaceScope } from './place-scope.js';

/** A resident's places: the neighborhoods where they own a unit or live. */
async function residentNeighborhoodIds(em: EntityManager, personId: string): Promise<string[]> {
  const ownerships = await findWhere(em, UnitOwnership, { personId });
  const units = ownerships.length ? await findWhere(em, Unit, { id: { $in: ownerships.map((o) => o.unitId) } }) : [];
  const [person] = await findWhere(em, Person, { id: personId });
  const ids = new Set(units.map((unit) => unit.neighborhoodId));
  if (person?.residenceNeighborhoodId) ids.add(person.residenceNeighborhoodId);
  return [...ids];
}

/**
 * Resolves the caller's grant into a PlaceScope: the places within it and their ancestors. At most one statement
 * per level of the grant (plus two for a resident), once per request; each statement is built once per shape of
 * grant (platform/orm/where-statement.ts), not by the query builder on every request.
 */
export async function resolvePlaceScope(em: EntityManager, caller: Caller): Promise<PlaceScope> {
  const grant = effectiveGrant(caller);
  const neighborhoodIds =
    caller.role === Role.RESIDENT && caller.personId ? await residentNeighborhoodIds(em, caller.personId) : grant.neighborhoodIds;

  const ancestorIds = new Set<string>();
  if (grant.streetIds.length) {
    for (const street of await findWhere(em, Street, { id: { $in: [...grant.streetIds] } })) ancestorIds.add(street.districtId);
  }
  if (grant.communityIds.length) {
    for (const community of await findWhere(em, Community, { id: { $in: [...grant.communityIds] } })) {
      ancestorIds.add(community.streetId).add(community.districtId);
    }
  }
  if (neighborhoodIds.length) {
    for (const neighborhood of await findWhere(em, Neighborhood, { id: { $in: [...neighborhoodIds] } })) {
      ancestorIds.add(neighborhood.communityId).add(neighborhood.streetId).add(neighborhood.districtId);
    }
  }
  return {
    districtIds: new Set(grant.districtIds),
    streetIds: new Set(grant.streetIds),
    communityIds: new Set(grant.communityIds),
    neighborhoodIds: new Set(neighborhoodIds),
    ancestorIds,
  };
}
