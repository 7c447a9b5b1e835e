import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import { badUserInput, conflict } from '../../../platform/errors/error-codes.js';
import type { RegistryContext } from '../registry.loaders.js';
import { PATH_COLUMNS } from '../place/path-columns.js';
import { loadVisiblePlace } from '../place/place-lookup.js';
import { assertCanManage, MANAGERS } from '../access/place-management.js';
import { assertExpectedVersion, definedFields } from '../place/record-update.js';
import { Building } from '../building/building.entity.js';
import { Neighborhood } from '../neighborhood/neighborhood.entity.js';
import { Person } from '../person/person.entity.js';
import { Unit } from './unit.entity.js';
import { UnitUse } from './unit-use.js';
import { CreateUnitInput, SetUnitOwnersInput, UnitFilter, UpdateUnitInput } from './unit.input.js';
import { UnitOwnership } from './unit-ownership.entity.js';
import { UnitOwnershipEnded } from './unit-ownership-ended.entity.js';
import { UnitConnection } from './unit.type.js';

async function assertNumberFree(ctx: RegistryContext, buildingId: string, number: string, exceptId?: string): Promise<void> {
  const existing = await ctx.em.findOne(Unit, { buildingId, number });
  if (existing && existing.id !== exceptId) throw conflict(`This building already has a unit numbered "${number}".`, { field: 'number' });
}

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => Unit, { description: 'A unit by id (专有部分).' })
  unit(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() ctx: RegistryContext): Promise<Unit> {
    return loadVisiblePlace(ctx.loaders.unit, ctx.loaders.scope, 'Unit', id);
  }

  @Query(() => UnitConnection, { description: 'Units you may read in a building or neighborhood, by number.' })
  async units(@Args(() => PageArgs) page: PageArgs, @Arg('filter', () => UnitFilter, { description: 'Conditions the listed items must all meet.' }) filter: UnitFilter, @Ctx() ctx: RegistryContext) {
    const where = {
      $and: [
        filter.buildingId ? { buildingId: filter.buildingId } : {},
        filter.neighborhoodId ? { neighborhoodId: filter.neighborhoodId } : {},
        filter.developerHeld !== undefined ? { developerHeld: filter.developerHeld } : {},
        await ctx.loaders.visible(PATH_COLUMNS.unit, false),
      ],
    };
    return findPage(ctx.em, Unit, where, page, 'number');
  }

  @FieldResolver(() => String, {
    description:
      "A signed proof of where this unit is (所在位置证明), valid for a day: the party subgraph takes it to add the household to its register of places (registerPartyPlaces), e.g. for central households and report-in pairings.",
  })
  placeCertificate(@Root() unit: Unit, @Ctx() ctx: RegistryContext): string {
    const { districtId, streetId, communityId, neighborhoodId, buildingId } = unit;
    return ctx.issuePlaceCertificate({ districtId, streetId, communityId, neighborhoodId, buildingId, unitId: unit.id });
  }

  @FieldResolver(() => Building, { description: 'The building the unit is in.' })
  async building(@Root() unit: Unit, @Ctx() ctx: RegistryContext): Promise<Building> {
    return (await ctx.loaders.building.load(unit.buildingId))!;
  }

  @FieldResolver(() => Neighborhood, { description: 'The neighborhood the unit is in.' })
  async neighborhood(@Root() unit: Unit, @Ctx() ctx: RegistryContext): Promise<Neighborhood> {
    return (await ctx.loaders.neighborhood.load(unit.neighborhoodId))!;
  }

  @FieldResolver(() => [UnitOwnershipEnded], {
    description: 'Owners the unit had before (历史产权人), the latest ending first: kept whenever setUnitOwners ends an ownership. Names masked as for owners.',
  })
  pastOwnerships(@Root() unit: Unit, @Ctx() ctx: RegistryContext): Promise<UnitOwnershipEnded[]> {
    return ctx.loaders.pastOwnershipsOfUnit.load(unit.id);
  }

  @FieldResolver(() => [Person], { description: 'Registered owners (产权人); empty for developer-held units.' })
  async owners(@Root() unit: Unit, @Ctx() ctx: RegistryContext): Promise<Person[]> {
    const ownerships = await ctx.loaders.ownershipsOfUnit.load(unit.id);
    const people = await ctx.loaders.person.loadMany(ownerships.map((ownership) => ownership.personId));
    return people.filter((person): person is Person => person instanceof Person);
  }

  @Mutation(() => Unit, { description: 'Adds a unit to a building. Area roles of that area.' })
  async createUnit(@Arg('input', () => CreateUnitInput, { description: 'What to record.' }) input: CreateUnitInput, @Ctx() ctx: RegistryContext): Promise<Unit> {
    const building = await loadVisiblePlace(ctx.loaders.building, ctx.loaders.scope, 'Building', input.buildingId);
    assertCanManage(ctx.caller, building.path(), MANAGERS.neighborhood, 'units');
    const number = input.number.trim();
    await assertNumberFree(ctx, building.id, number);
    const unit = ctx.em.create(Unit, {
      number,
      area: input.area,
      use: input.use ?? UnitUse.RESIDENTIAL,
      developerHeld: input.developerHeld ?? false,
      buildingId: building.id,
      neighborhoodId: building.neighborhoodId,
      communityId: building.communityId,
      streetId: building.streetId,
      districtId: building.districtId,
    });
    await ctx.em.flush();
    return unit;
  }

  @Mutation(() => Unit, { description: 'Changes a unit. Area roles of its area.' })
  async updateUnit(@Arg('input', () => UpdateUnitInput, { description: 'What to record.' }) input: UpdateUnitInput, @Ctx() ctx: RegistryContext): Promise<Unit> {
    const unit = await loadVisiblePlace(ctx.loaders.unit, ctx.loaders.scope, 'Unit', input.id);
    assertCanManage(ctx.caller, unit.path(), MANAGERS.neighborhood, 'this unit');
    assertExpectedVersion(unit, input.expectedVersion);
    const changes = definedFields(input, ['number', 'area', 'use']);
    if (changes.number) await assertNumberFree(ctx, unit.buildingId, changes.number, unit.id);
    ctx.em.assign(unit, changes);
    await ctx.em.flush();
    return unit;
  }

  @Mutation(() => Unit, { description: "Records a unit's owners, or that the developer still holds it. Area roles of its area." })
  async setUnitOwners(@Arg('input', () => SetUnitOwnersInput, { description: 'What to record.' }) input: SetUnitOwnersInput, @Ctx() ctx: RegistryContext): Promise<Unit> {
    const unit = await loadVisiblePlace(ctx.loaders.unit, ctx.loaders.scope, 'Unit', input.unitId);
    assertCanManage(ctx.caller, unit.path(), MANAGERS.neighborhood, 'owners of this unit');
    const ownerIds = [...new Set(input.ownerIds.map((id) => id.toLowerCase()))];
    if (input.developerHeld && ownerIds.length > 0) {
      throw badUserInput('A unit the developer still holds has no other owners: send an empty ownerIds or developerHeld false.', {
        field: 'ownerIds',
      });
    }
    if (!input.developerHeld && ownerIds.length === 0) {
      throw badUserInput('A sold unit needs at least one owner in ownerIds.', { field: 'ownerIds' });
    }
    const people = await ctx.em.find(Person, { id: { $in: ownerIds } });
    if (people.length !== ownerIds.length) {
      const missing = ownerIds.filter((id) => !people.some((person) => person.id === id));
      throw badUserInput(`No person with id ${missing.join(', ')}: register the owner first.`, { field: 'ownerIds' });
    }
    await ctx.em.transactional(async (em) => {
      // Ownerships that end are kept in the append-only history first (产权变更记录).
      const ending = await em.find(UnitOwnership, { unitId: unit.id, personId: { $nin: ownerIds } });
      const endedAt = ctx.clock.now();
      for (const ownership of ending) em.create(UnitOwnershipEnded, { unitId: unit.id, personId: ownership.personId, since: ownership.since, endedAt, endedBy: ctx.caller.subject });
      await em.flush();
      await em.nativeDelete(UnitOwnership, { unitId: unit.id, personId: { $nin: ownerIds } });
      const kept = new Set((await em.find(UnitOwnership, { unitId: unit.id })).map((ownership) => ownership.personId));
      for (const personId of ownerIds) if (!kept.has(personId)) em.create(UnitOwnership, { unitId: unit.id, personId, since: ctx.clock.now() });
      unit.developerHeld = input.developerHeld;
      em.persist(unit);
    });
    ctx.loaders.ownershipsOfUnit.clear(unit.id);
    ctx.loaders.pastOwnershipsOfUnit.clear(unit.id);
    return unit;
  }
}
