import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsInt, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { Connection, PageArgs } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import { badUserInput, forbidden } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import { DecimalScalar } from '../../../platform/scalars/decimal.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { scopeFilter } from '../access/cobuilding-scope.js';
import { PlacePathInput, placeColumns } from '../place/place-path.input.js';
import { assertKnownPath } from '../place/known-path.js';
import { IS_DATE } from '../../../platform/calendar/calendar-day.js';
import { CommunityStub, PersonStub } from '../place/place.stub.js';
import type { PlacePath } from '../../../platform/access/place-path.js';
import { Pairing } from '../pairing/pairing.entity.js';
import { JointBuildingUnit } from '../unit/joint-building-unit.entity.js';
import { VolunteerActivity } from './volunteer-activity.entity.js';
import { VolunteerParticipation } from './volunteer-participation.entity.js';
import { sumHours } from './service-hours.js';
import { creditServicePoints } from '../points/points-ledger.js';
import { recordingUnitId } from './volunteer.access.js';
@ObjectType('VolunteerActivityConnection', { description: 'A page of volunteer activities.' })
class VolunteerActivityConnection extends Connection(VolunteerActivity) {}

@ObjectType({ description: "A person's volunteer service hours (志愿服务时长 / 时间银行), over the activities you may read." })
class VolunteerServiceHours {
  @Field(() => PersonStub, { description: 'The volunteer.' })
  person!: PersonStub;

  @Field(() => DecimalScalar, { description: 'Hours served (服务时长).' })
  hours!: string;

  @Field(() => Int, { description: 'Activities taken part in (参与次数).' })
  activities!: number;
}

@InputType({ description: 'A volunteer activity to record (志愿服务活动), with who took part.' })
class RecordVolunteerActivityInput {
  @Field(() => String, { description: 'What was done, 1–100 characters.' })
  @Length(1, 100, { message: 'title must be 1 to 100 characters long' })
  title!: string;

  @Field(() => String, { description: 'The volunteer team (志愿服务队), 1–100 characters.' })
  @Length(1, 100, { message: 'team must be 1 to 100 characters long' })
  team!: string;

  @Field(() => PlacePathInput, { description: 'The community served (and neighborhood, if one). A unit records only where it is paired.' })
  @ValidateNested()
  area!: PlacePathInput;

  @Field(() => String, { description: 'Where exactly (活动地点), 1–200 characters.' })
  @Length(1, 200, { message: 'place must be 1 to 200 characters long' })
  place!: string;

  @Field(() => String, { description: 'Date held, YYYY-MM-DD.' })
  @IS_DATE('heldOn')
  heldOn!: string;

  @Field(() => DecimalScalar, { description: 'Hours each participant served: more than 0, at most 24, one decimal place.' })
  hours!: string;

  @Field(() => Int, { description: 'People served (服务人次).' })
  @IsInt()
  @Min(0, { message: 'peopleServed must be at least 0' })
  @Max(100000, { message: 'peopleServed must be at most 100000' })
  peopleServed!: number;

  @Field(() => [ID], { description: 'The registry ids of the people who took part (1–200, no repeats); the hours are credited to each.' })
  @ArrayMinSize(1, { message: 'participantIds must name at least one person' })
  @ArrayMaxSize(200, { message: 'participantIds must name at most 200 people' })
  @ArrayUnique({ message: 'participantIds must not repeat a person' })
  @IsUUID('all', { each: true, message: 'participantIds must be ids' })
  participantIds!: string[];
}

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
