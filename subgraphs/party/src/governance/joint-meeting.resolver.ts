import { recordEvent } from '../../../platform/events/record-event.js';
import { Arg, Args, Ctx, Directive, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { Connection, PageArgs } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import { badUserInput, conflict } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { PartyContext } from '../party.loaders.js';
import { PartyOrganization } from '../organization/organization.entity.js';
import { NeighborhoodStub, PersonStub, stub } from '../stubs/registry.stub.js';
import { DeliberationOutcome, JointMeetingStatus, MeetingCapacity } from './governance-kinds.js';
import { GovernanceMatter } from './governance-matter.entity.js';
import { JointMeeting, type StoredParticipant } from './joint-meeting.entity.js';
import { MatterDeliberation } from './matter-deliberation.entity.js';
import { assertMayConveneMeeting, assertMayRecordDeliberation, meetingListWhere } from './joint-meeting.access.js';
import { canReadMeeting, loadBranch, loadNeighborhoodAndBranch, loadVisibleMatter, loadVisibleMeeting } from './governance-lookup.js';
import { Organization, resolveOrganization, type OrganizationValue } from './organization-ref.js';
import { ConveneJointMeetingInput, RecordDeliberationInput } from './joint-meeting.input.js';

@ObjectType('JointMeetingConnection', { description: 'A page of joint meetings.' })
class JointMeetingConnection extends Connection(JointMeeting) {}

/** One seat at a joint meeting (参会人员). */
@ObjectType('MeetingParticipant', { description: 'Someone who took part in a joint meeting, in which capacity and for which organisation (参会人员).' })
export class MeetingParticipant {
  stored!: StoredParticipant;

  @Field(() => PersonStub, { description: 'The person (参会人).' })
  person!: PersonStub;

  @Field(() => MeetingCapacity, { description: 'In which capacity (参会身份).' })
  capacity!: MeetingCapacity;

  @Field(() => Boolean, { description: 'Whether they attended (是否出席).' })
  attended!: boolean;
}

@Resolver(() => JointMeeting)
export class JointMeetingResolver {
  @Query(() => JointMeeting, {
    description: "A joint meeting by id (三方联席会议): its party and area offices, the property company and owners' committee of its neighborhood.",
  })
  jointMeeting(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() ctx: PartyContext): Promise<JointMeeting> {
    return loadVisibleMeeting(ctx, id);
  }

  @Query(() => JointMeetingConnection, { description: 'Joint meetings you may read, by location then id (三方联席会议记录).' })
  async jointMeetings(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('neighborhoodId', () => ID, { nullable: true, description: 'Only meetings of this neighborhood.' }) neighborhoodId: string | undefined,
    @Ctx() ctx: PartyContext,
  ) {
    const scope = meetingListWhere(ctx.caller, await ctx.loaders.responsibleOrganizationIds());
    const where = neighborhoodId ? { $and: [scope, { neighborhoodId: requireId(neighborhoodId, 'neighborhoodId') }] } : scope;
    return findPage(ctx.em, JointMeeting, where as FilterQuery<JointMeeting>, page, 'location');
  }

  @FieldResolver(() => NeighborhoodStub, { description: 'The neighborhood (所在小区).' })
  neighborhood(@Root() meeting: JointMeeting): NeighborhoodStub {
    return stub(meeting.neighborhoodId);
  }

  @FieldResolver(() => PartyOrganization, { description: 'The branch that convened it (召集党组织).' })
  convenedBy(@Root() meeting: JointMeeting, @Ctx() ctx: PartyContext): Promise<PartyOrganization> {
    return loadBranch(ctx, meeting.convenedById);
  }

  @FieldResolver(() => JointMeetingStatus, { description: 'Held or still to be held (会议状态).' })
  status(@Root() meeting: JointMeeting): JointMeetingStatus {
    return meeting.heldAt.getTime() <= Date.now() ? JointMeetingStatus.HELD : JointMeetingStatus.SCHEDULED;
  }

  @FieldResolver(() => [MeetingParticipant], { description: 'Participants (参会人员).' })
  participants(@Root() meeting: JointMeeting): MeetingParticipant[] {
    return meeting.participants.map((stored) => Object.assign(new MeetingParticipant(), { stored, person: stub<PersonStub>(stored.personId), capacity: stored.capacity, attended: stored.attended }));
  }

  @FieldResolver(() => [MatterDeliberation], { description: 'The matters it deliberated and the outcomes (商议事项).' })
  deliberations(@Root() meeting: JointMeeting, @Ctx() ctx: PartyContext): Promise<MatterDeliberation[]> {
    return ctx.loaders.deliberationsOfMeeting.load(meeting.id);
  }

  @Directive('@inaccessible')
  @FieldResolver(() => [ID], { description: 'Property companies concerned by the matters deliberated, for recusal flags from the property subgraph.' })
  async concernedCompanyIds(@Root() meeting: JointMeeting, @Ctx() ctx: PartyContext): Promise<string[]> {
    const deliberations = await ctx.loaders.deliberationsOfMeeting.load(meeting.id);
    const matters = await ctx.loaders.matter.loadMany(deliberations.map((deliberation) => deliberation.matterId));
    const ids = matters.flatMap((matter) => (matter instanceof GovernanceMatter && matter.concernedCompanyId ? [matter.concernedCompanyId] : []));
    return [...new Set(ids)];
  }

  @Directive('@inaccessible')
  @FieldResolver(() => [ID], { description: 'Person ids of the participants, for recusal flags from the property subgraph.' })
  participantPersonIds(@Root() meeting: JointMeeting): string[] {
    return [...new Set(meeting.participants.map((participant) => participant.personId))];
  }

  @Mutation(() => JointMeeting, { description: 'Records a joint meeting (召开三方联席会议): the branch of the neighborhood, or the offices over it.' })
  async conveneJointMeeting(
    @Arg('input', () => ConveneJointMeetingInput, { description: 'The meeting.' }) input: ConveneJointMeetingInput,
    @Ctx() ctx: PartyContext,
  ): Promise<JointMeeting> {
    const { place, branch } = await loadNeighborhoodAndBranch(ctx, input.neighborhoodId);
    assertMayConveneMeeting(ctx.caller, branch);
    const participants: StoredParticipant[] = input.participants.map((participant) => ({
      personId: participant.personId.toLowerCase(),
      capacity: participant.capacity,
      organization: participant.organization ? { type: participant.organization.type, id: participant.organization.id.toLowerCase() } : null,
      attended: participant.attended,
    }));
    if (new Set(participants.map((participant) => participant.personId)).size !== participants.length) {
      throw badUserInput('Each person takes one seat: list every participant once.', { field: 'participants' });
    }
    const location = input.location.trim();
    if (location.length < 2) throw badUserInput('location must have at least 2 characters besides spaces.', { field: 'location' });
    const meeting = ctx.em.create(JointMeeting, {
      neighborhoodId: place.id,
      districtId: place.districtId,
      streetId: place.streetId,
      communityId: place.communityId!,
      convenedById: branch.id,
      heldAt: input.heldAt,
      location,
      minutes: input.minutes?.trim() ?? '',
      participants,
    });
    await ctx.em.flush();
    return meeting;
  }

  @Mutation(() => MatterDeliberation, {
    description: "Records a joint meeting's decision on a matter of its neighborhood (商议): the branch, or the offices over it. AGREED and REJECTED are final.",
  })
  async recordDeliberation(
    @Arg('input', () => RecordDeliberationInput, { description: 'The decision.' }) input: RecordDeliberationInput,
    @Ctx() ctx: PartyContext,
  ): Promise<MatterDeliberation> {
    const meeting = await loadVisibleMeeting(ctx, input.meetingId, 'meetingId');
    const branch = await loadBranch(ctx, meeting.convenedById);
    assertMayRecordDeliberation(ctx.caller, branch);
    const matter = await loadVisibleMatter(ctx, input.matterId, 'matterId');
    if (matter.neighborhoodId !== meeting.neighborhoodId) {
      throw badUserInput("The matter is of another neighborhood: a joint meeting deliberates only its own neighborhood's matters.", { field: 'matterId' });
    }
    if (matter.withdrawnOn !== null) throw conflict(`This matter was withdrawn on ${matter.withdrawnOn}: a withdrawn matter is not deliberated.`, { matterId: matter.id });
    if (meeting.heldAt.getTime() > Date.now()) {
      throw badUserInput(`The meeting is to be held at ${meeting.heldAt.toISOString()}: record its deliberations after it was held.`, { field: 'meetingId' });
    }
    const earlier = await ctx.loaders.deliberationsOfMatter.load(matter.id);
    const decided = earlier.find((deliberation) => deliberation.outcome !== DeliberationOutcome.DEFERRED);
    if (decided) throw conflict(`This matter was already ${decided.outcome} by a joint meeting; a decided matter is not deliberated again.`, { matterId: matter.id });
    if (earlier.some((deliberation) => deliberation.meetingId === meeting.id)) {
      throw conflict('This meeting already deliberated the matter (deferred it): take it up at a later meeting.', { matterId: matter.id });
    }
    const deliberation = ctx.em.create(MatterDeliberation, { meetingId: meeting.id, matterId: matter.id, outcome: input.outcome, note: input.note.trim() });
    recordEvent(ctx.em, { type: 'governance.matter.deliberated', place: matter, recordType: 'MatterDeliberation', recordId: deliberation.id, matterId: matter.id, detail: input.outcome });
    await ctx.em.flush();
    return deliberation;
  }
}

@Resolver(() => MeetingParticipant)
export class MeetingParticipantResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation they spoke for (所属组织); null for a resident.' })
  organization(@Root() participant: MeetingParticipant, @Ctx() ctx: PartyContext): Promise<OrganizationValue | null> {
    const ref = participant.stored.organization;
    return ref ? resolveOrganization(ref, (id) => ctx.loaders.organization.load(id)) : Promise.resolve(null);
  }
}

@Resolver(() => MatterDeliberation)
export class MatterDeliberationResolver {
  @FieldResolver(() => JointMeeting, { nullable: true, description: 'The meeting (联席会议); null when you may not read meetings (a paired unit).' })
  async meeting(@Root() deliberation: MatterDeliberation, @Ctx() ctx: PartyContext): Promise<JointMeeting | null> {
    const meeting = await ctx.loaders.meeting.load(deliberation.meetingId);
    return meeting && (await canReadMeeting(ctx, meeting)) ? meeting : null;
  }

  @FieldResolver(() => GovernanceMatter, { description: 'The matter (议事事项).' })
  async matter(@Root() deliberation: MatterDeliberation, @Ctx() ctx: PartyContext): Promise<GovernanceMatter> {
    return loadVisibleMatter(ctx, deliberation.matterId);
  }

  @FieldResolver(() => Date, { description: 'When it was recorded (记录时间).' })
  recordedAt(@Root() deliberation: MatterDeliberation): Date {
    return deliberation.createdAt;
  }
}
