import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Caller } from '../../../platform/access/caller.js';
import { createChildrenLoader, createEntityLoader } from '../../../platform/batching/entity-loader.js';
import { findPlainRows } from '../../../platform/batching/plain-rows.js';
import { findWhere } from '../../../platform/orm/where-statement.js';
import { responsibleOrganizationsWhere } from '../access/party-access.js';
import { placesOfCaller } from '../access/caller-places.access.js';
import { RegisteredPlace } from '../place/place-register.entity.js';
import { PartyOrganization } from './organization.entity.js';
import { PartyOrganizationKind } from './organization-kinds.js';

/** Party organisations of one request: by id, by tree, by neighborhood, and the caller's own reach. */
export interface OrganizationLoaders {
  /** Ids of the organisations the caller is responsible for (own subtree), resolved once per request. */
  responsibleOrganizationIds(): Promise<ReadonlySet<string>>;
  /**
   * The districts where the caller has a place: its grant's places (area, served neighborhoods, a resident's homes)
   * and the organisation it acts for, resolved through the party's own register once per request. Organisations are
   * public facts only inside these.
   */
  callerDistrictIds(): Promise<ReadonlySet<string>>;
  organization: DataLoader<string, PartyOrganization | null>;
  childrenOfOrganization: DataLoader<string, PartyOrganization[]>;
  descendantsOfOrganization: DataLoader<string, PartyOrganization[]>;
  branchOfNeighborhood: DataLoader<string, PartyOrganization | null>;
  /** The same branches as plain rows (no managed entities), for what only reads them: Neighborhood.partyBranch. */
  branchRowOfNeighborhood: DataLoader<string, PartyOrganization | null>;
}

/** The neighborhood branch covering each neighborhood, of the rows `find` gives for one statement's where-clause. */
function branchesCovering(find: (where: FilterQuery<PartyOrganization>) => Promise<PartyOrganization[]>): DataLoader<string, PartyOrganization | null> {
  return new DataLoader(async (ids) => {
    const rows = await find({ kind: PartyOrganizationKind.NEIGHBORHOOD_BRANCH, neighborhoodIds: { $overlap: [...ids] } });
    return ids.map((id) => rows.find((row) => row.neighborhoodIds.includes(id)) ?? null);
  });
}

export function createOrganizationLoaders(em: EntityManager, caller: Caller): OrganizationLoaders {
  let responsible: Promise<ReadonlySet<string>> | undefined;
  let districts: Promise<ReadonlySet<string>> | undefined;
  return {
    responsibleOrganizationIds: () =>
      (responsible ??= (async () => {
        const where = responsibleOrganizationsWhere(caller);
        if (!where) return new Set<string>();
        const rows = await em.find(PartyOrganization, where as FilterQuery<PartyOrganization>, { fields: ['id'] });
        return new Set(rows.map((row) => row.id));
      })()),
    callerDistrictIds: () =>
      (districts ??= (async () => {
        const { districtIds, placeIds } = placesOfCaller(caller);
        const ids = new Set<string>(districtIds);
        if (placeIds.length > 0) {
          for (const place of await em.find(RegisteredPlace, { id: { $in: placeIds } }, { fields: ['districtId'] })) ids.add(place.districtId);
        }
        if (caller.organizationId) {
          const own = await em.find(PartyOrganization, { $or: [{ id: caller.organizationId }, { hostOrganizationId: caller.organizationId }] }, { fields: ['districtId'] });
          for (const organization of own) ids.add(organization.districtId);
        }
        return ids;
      })()),
    organization: createEntityLoader(em, PartyOrganization),
    childrenOfOrganization: createChildrenLoader(em, PartyOrganization, 'parentId', { name: 'asc' }),
    descendantsOfOrganization: new DataLoader(async (ids) => {
      const rows = await findWhere(em, PartyOrganization, { ancestorIds: { $overlap: [...ids] } }, { orderBy: { name: 'asc' } });
      return ids.map((id) => rows.filter((row) => row.ancestorIds.includes(id)));
    }),
    branchOfNeighborhood: branchesCovering((where) => findWhere(em, PartyOrganization, where)),
    branchRowOfNeighborhood: branchesCovering((where) => findPlainRows(em, PartyOrganization, where)),
  };
}
