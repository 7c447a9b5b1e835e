import DataLoader from 'dataloader';
import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { readsOwnersRosters } from '../access/roster-access.js';
import { forbidden } from '../../../platform/errors/error-codes.js';
import { DecimalScalar } from '../../../platform/scalars/decimal.js';
import { attestOwnersRoster } from '../../../platform/governance/owners-roster.js';
import type { RegistryContext } from '../registry.loaders.js';
import { Unit } from '../unit/unit.entity.js';
import { UnitOwnership } from '../unit/unit-ownership.entity.js';
import { Neighborhood } from './neighborhood.entity.js';

/**
 * One unit of a neighborhood's owners' roster (业主名册). Not visible to clients (@inaccessible): it exists for the
 * owners subgraph's `@requires`, which records the electorate a vote is counted against.
 */
@Directive('@shareable')
@Directive('@inaccessible')
@ObjectType('OwnersRosterUnit', { description: "A unit of a neighborhood's owners' roster (业主名册): area, developer flag and owners." })
export class OwnersRosterUnit {
  @Field(() => ID, { description: 'The unit (专有部分).' })
  unitId!: string;

  @Field(() => DecimalScalar, { description: 'Registered area in m² (登记面积).' })
  area!: string;

  @Field(() => Boolean, { description: 'Still held by the developer (开发建设单位持有).' })
  developerHeld!: boolean;

  @Field(() => [ID], { description: 'Registered owners (产权人) by person id.' })
  ownerIds!: string[];
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
  @Directive('@inaccessible')
  @FieldResolver(() => [OwnersRosterUnit], {
    description: "Every unit with its area, developer flag and owners (业主名册), for the owners subgraph's electorate snapshot. Owners' committee and area offices only.",
  })
  ownersRoster(@Root() neighborhood: Neighborhood, @Ctx() ctx: RegistryContext): Promise<OwnersRosterUnit[]> {
    mayReadRoster(ctx);
    return rosterLoader(ctx.em).load(neighborhood.id);
  }

  @Directive('@inaccessible')
  @FieldResolver(() => String, {
    description:
      "The registry's signature over `ownersRoster` and the neighborhood's id, made when it read the roster (名册签名): the owners subgraph records only a roster the registry signed within the last two minutes.",
  })
  async ownersRosterAttestation(@Root() neighborhood: Neighborhood, @Ctx() ctx: RegistryContext): Promise<string> {
    mayReadRoster(ctx);
    // The same loader as ownersRoster: the signature covers exactly the roster this request returns.
    return attestOwnersRoster(neighborhood.id, await rosterLoader(ctx.em).load(neighborhood.id), ctx.statementKeys);
  }
}
