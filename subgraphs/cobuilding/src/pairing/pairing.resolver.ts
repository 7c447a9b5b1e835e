import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { badUserInput, conflict, notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { assertManagesArea } from '../access/area-management.js';
import { placeColumns } from '../place/place-path.input.js';
import { assertKnownPath } from '../place/known-path.js';
import { todayInChina } from '../../../platform/calendar/calendar-day.js';
import { CommunityStub, NeighborhoodStub } from '../stubs/registry.stub.js';
import { JointBuildingUnit } from '../unit/joint-building-unit.entity.js';
import { Pairing } from './pairing.entity.js';
import { isActivePairing } from './pairing-period.js';
import { CreatePairingInput } from './pairing.input.js';
import { loadVisiblePairing } from './pairing-lookup.js';

@Resolver(() => Pairing)
export class PairingResolver {
  @Query(() => Pairing, { description: 'A pairing by id (联建对子), if you may read it.' })
  pairing(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() ctx: CobuildingContext): Promise<Pairing> {
    return loadVisiblePairing(ctx, id);
  }

  @FieldResolver(() => JointBuildingUnit, { description: 'The unit.' })
  async unit(@Root() pairing: Pairing, @Ctx() ctx: CobuildingContext): Promise<JointBuildingUnit> {
    return (await ctx.loaders.unit.load(pairing.unitId))!;
  }

  @FieldResolver(() => CommunityStub, { description: 'The community paired with.' })
  community(@Root() pairing: Pairing): CommunityStub {
    return { id: pairing.communityId };
  }

  @FieldResolver(() => NeighborhoodStub, { nullable: true, description: 'The neighborhood paired with, when the pairing is for one neighborhood (包保小区).' })
  neighborhood(@Root() pairing: Pairing): NeighborhoodStub | null {
    return pairing.neighborhoodId ? { id: pairing.neighborhoodId } : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether today (China time) is within its period (是否有效).' })
  active(@Root() pairing: Pairing, @Ctx() ctx: CobuildingContext): boolean {
    return isActivePairing(pairing, todayInChina(ctx.clock.now()));
  }

  @Mutation(() => Pairing, { description: 'Pairs a unit with a community or neighborhood. DISTRICT, STREET or COMMUNITY of that area.' })
  async createPairing(@Arg('input', () => CreatePairingInput, { description: 'What to record.' }) input: CreatePairingInput, @Ctx() ctx: CobuildingContext): Promise<Pairing> {
    const place = placeColumns(input.place, ctx);
    assertManagesArea(ctx.caller, place, 'pair units');
    await assertKnownPath(ctx.em, place, false);
    if (input.endsOn < input.startsOn) throw badUserInput('endsOn must not be before startsOn.', { field: 'endsOn' });
    const unit = await ctx.loaders.unit.load(requireId(input.unitId, 'unitId'));
    if (!unit) throw notFound('JointBuildingUnit', input.unitId);
    const overlapping = await ctx.em.count(Pairing, {
      unitId: unit.id,
      communityId: place.communityId,
      neighborhoodId: place.neighborhoodId,
      startsOn: { $lte: input.endsOn },
      endsOn: { $gte: input.startsOn },
    });
    if (overlapping > 0) throw conflict('This unit is already paired with this place for part of that period: change the dates or end the other pairing.');
    const pairing = ctx.em.create(Pairing, { unitId: unit.id, ...place, startsOn: input.startsOn, endsOn: input.endsOn, agreement: input.agreement.trim() });
    await ctx.em.flush();
    return pairing;
  }
}
