import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import { badUserInput, forbidden } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { scopeFilter } from '../access/cobuilding-scope.js';
import { placeColumns } from '../place/place-path.input.js';
import { assertKnownPath } from '../place/known-path.js';
import { CommunityStub, PersonStub } from '../stubs/registry.stub.js';
import type { PlacePath } from '../../../platform/access/place-path.js';
import { Pairing } from '../pairing/pairing.entity.js';
import { JointBuildingUnit } from '../unit/joint-building-unit.entity.js';
import { VolunteerActivity } from './volunteer-activity.entity.js';
import { VolunteerParticipation } from './volunteer-participation.entity.js';
import { sumHours } from './service-hours.js';
import { creditServicePoints } from '../points/points-ledger.js';
import { recordingUnitId } from './volunteer.access.js';
import { RecordVolunteerActivityInput } from './volunteer.input.js';
import { VolunteerActivityConnection, VolunteerServiceHours } from './volunteer.type.js';

/** Hours as a Decimal with at most one decimal place, more than 0 and at most 24. */
function validHours(hours: string): boolean {
  return /^\d{1,2}(\.\d)?$/.test(hours) && Number(hours) > 0 && Number(hours) <= 24;
}

@Resolver(() => VolunteerActivity)
export class VolunteerActivityResolver {
  @Query(() => VolunteerActivityConnection, { description: 'Volunteer activities you may read, by title.' })
  volunteerActivities(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('communityId', () => ID, { nullable: true, description: 'Only activities in this community.' }) communityId: string | undefined,
    @Ctx() ctx: CobuildingContext,
  ) {
    const where = { $and: [communityId ? { communityId: requireId(communityId, 'communityId') } : {}, ctx.loaders.visible<VolunteerActivity>('activity')] };
    return findPage(ctx.em, VolunteerActivity, where, page, 'title');
  }

  @Query(() => VolunteerServiceHours, { description: "A person's service hours (时间银行): all of them for the person themself, else those of activities you may read." })
  async volunteerServiceHours(@Arg('personId', () => ID, { description: 'The person.' }) personId: string, @Ctx() ctx: CobuildingContext): Promise<VolunteerServiceHours> {
    const id = requireId(personId, 'personId');
    const participations = await ctx.em.find(VolunteerParticipation, { personId: id });
    const own = ctx.caller.personId === id;
    const activityIds = participations.map((participation) => participation.activityId);
    const activities = activityIds.length
      ? await ctx.em.find(VolunteerActivity, own ? { id: { $in: activityIds } } : { $and: [{ id: { $in: activityIds } }, scopeFilter(ctx.loaders.scope.activity)] })
      : [];
    return { person: { id }, hours: sumHours(activities.map((activity) => activity.hours)), activities: activities.length };
  }

  @FieldResolver(() => JointBuildingUnit, { nullable: true, description: 'The unit whose team it was, if a unit’s.' })
  unit(@Root() activity: VolunteerActivity, @Ctx() ctx: CobuildingContext): Promise<JointBuildingUnit | null> | null {
    return activity.unitId ? ctx.loaders.unit.load(activity.unitId) : null;
  }

  @FieldResolver(() => CommunityStub, { description: 'The community served.' })
  community(@Root() activity: VolunteerActivity): CommunityStub {
    return { id: activity.communityId };
  }

  @FieldResolver(() => [PersonStub], { description: 'Who took part (参与志愿者).' })
  async participants(@Root() activity: VolunteerActivity, @Ctx() ctx: CobuildingContext): Promise<PersonStub[]> {
    return (await ctx.loaders.participantsOfActivity.load(activity.id)).map((participation) => ({ id: participation.personId }));
  }

  @Mutation(() => VolunteerActivity, {
    description: 'Records a volunteer activity and credits its hours to each participant. JOINT_UNIT for its own team where it is paired; COMMUNITY, STREET or DISTRICT of the area.',
  })
  async recordVolunteerActivity(
    @Arg('input', () => RecordVolunteerActivityInput, { description: 'What to record.' }) input: RecordVolunteerActivityInput,
    @Ctx() ctx: CobuildingContext,
  ): Promise<VolunteerActivity> {
    if (!validHours(input.hours)) throw badUserInput('hours must be more than 0 and at most 24, with at most one decimal place.', { field: 'hours' });
    let place: PlacePath<'community'> = placeColumns(input.area, ctx);
    const unitId = recordingUnitId(ctx.caller, place);
    if (unitId !== null) {
      // A unit's grant names its paired communities; the path above them is taken from its own pairing there.
      const pairing = await ctx.em.findOne(Pairing, { unitId, communityId: place.communityId });
      if (!pairing) throw forbidden('Your unit is not paired with this community.');
      place = { districtId: pairing.districtId, streetId: pairing.streetId, communityId: pairing.communityId, neighborhoodId: place.neighborhoodId };
    }
    await assertKnownPath(ctx.em, place, false);
    const activity = ctx.em.create(VolunteerActivity, {
      title: input.title.trim(),
      team: input.team.trim(),
      unitId,
      place: input.place.trim(),
      heldOn: input.heldOn,
      hours: input.hours,
      peopleServed: input.peopleServed,
      ...place,
    });
    for (const personId of input.participantIds) ctx.em.create(VolunteerParticipation, { activityId: activity.id, personId: personId.toLowerCase() });
    // 奉献积分: the service earns points by the district's rule, in the same transaction as the activity.
    await creditServicePoints(ctx.em, activity, input.participantIds.map((id) => id.toLowerCase()), ctx.caller.subject, ctx.clock.now());
    await ctx.em.flush();
    return activity;
  }
}
