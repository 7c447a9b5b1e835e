import DataLoader from 'dataloader';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { readsOwnersRosters } from '../access/roster-access.js';
import { forbidden } from '../../../platform/errors/error-codes.js';
import { signOwnersRoster } from '../../../platform/governance/owners-roster.js';
import type { RegistryContext } from '../registry.loaders.js';
import { Unit } from '../unit/unit.entity.js';
import { UnitOwnership } from '../unit/unit-ownership.entity.js';
import { Neighborhood } from './neighborhood.entity.js';

/** One unit of a neighborhood's owners' roster (业主名册) as the registry holds it. */
interface OwnersRosterUnit {
  unitId: string;
  area: string;
  developerHeld: boolean;
  ownerIds: string[];
}

/** Rosters of many neighborhoods in two statements (units, then their owners), once per request. */
const rosterLoaders = new WeakMap<EntityManager, DataLoader<string, OwnersRosterUnit[]>>();

function rosterLoader(em: EntityManager): DataLoader<string, OwnersRosterUnit[]> {
  let loader = rosterLoaders.get(em);
  if (!loader) {
    loader = new DataLoader<string, OwnersRosterUnit[]>(async (neighborhoodIds) => {
      const units = await em.find(Unit, { neighborhoodId: { $in: [...neighborhoodIds] } }, { orderBy: { id: 'asc' } });
      const ownerships = units.length ? await em.find(UnitOwnership, { unitId: { $in: units.map((unit) => unit.id) } }) : [];
      const ownersOf = new Map<string, string[]>();
      for (const ownership of ownerships) ownersOf.set(ownership.unitId, [...(ownersOf.get(ownership.unitId) ?? []), ownership.personId]);
      return neighborhoodIds.map((id) =>
        units
          .filter((unit) => unit.neighborhoodId === id)
          .map((unit) => ({ unitId: unit.id, area: unit.area, developerHeld: unit.developerHeld, ownerIds: (ownersOf.get(unit.id) ?? []).sort() })),
      );
    });
    rosterLoaders.set(em, loader);
  }
  return loader;
}

function mayReadRoster(ctx: RegistryContext): void {
  if (!readsOwnersRosters(ctx.caller)) throw forbidden("Only the neighborhood's owners' committee and area offices may read its owners' roster.");
}

@Resolver(() => Neighborhood)
export class OwnersRosterResolver {
  @FieldResolver(() => String, {
    description:
      "The neighborhood's owners' roster (业主名册: every unit's area, developer flag and owners) signed by the registry as it reads it now (名册签名), " +
      'an opaque string to pass unchanged to `recordOwnersElectorate` within ten minutes. Its owners\' committee and the area offices only.',
  })
  async signedOwnersRoster(@Root() neighborhood: Neighborhood, @Ctx() ctx: RegistryContext): Promise<string> {
    mayReadRoster(ctx);
    const place = { neighborhoodId: neighborhood.id, communityId: neighborhood.communityId, streetId: neighborhood.streetId, districtId: neighborhood.districtId };
    return signOwnersRoster(place, await rosterLoader(ctx.em).load(neighborhood.id), ctx.statementKeys);
  }
}
