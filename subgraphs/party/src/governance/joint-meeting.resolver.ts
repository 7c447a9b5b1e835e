import { Arg, Args, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { PageArgs } from '../../../platform/pagination/connection.js';
import { findPage } from '../../../platform/pagination/keyset-page.js';
import { requireId } from '../../../platform/ids/id.js';
import type { PartyContext } from '../party.loaders.js';
import { PartyOrganization } from '../organization/organization.entity.js';
import { NeighborhoodStub, PersonStub, stub } from '../stubs/registry.stub.js';
import { JointMeetingStatus } from './governance-kinds.js';
import { GovernanceMatter } from './governance-matter.entity.js';
import { JointMeeting } from './joint-meeting.entity.js';
import { MatterDeliberation } from './matter-deliberation.entity.js';
import { meetingListWhere } from './joint-meeting.access.js';
import { loadBranch, loadVisibleMeeting } from './governance-lookup.js';
import { ConveneJointMeetingInput, RecordDeliberationInput } from './joint-meeting.input.js';
import { conveneJointMeeting, recordDeliberation } from './joint-meeting.service.js';
import { MeetingParticipant } from './meeting-participant.type.js';
import { JointMeetingConnection } from './joint-meeting.type.js';

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
  conveneJointMeeting(
    @Arg('input', () => ConveneJointMeetingInput, { description: 'The meeting.' }) input: ConveneJointMeetingInput,
    @Ctx() ctx: PartyContext,
  ): Promise<JointMeeting> {
    return conveneJointMeeting(ctx, input);
  }

  @Mutation(() => MatterDeliberation, {
    description: "Records a joint meeting's decision on a matter of its neighborhood (商议): the branch, or the offices over it. AGREED and REJECTED are final.",
  })
  recordDeliberation(
    @Arg('input', () => RecordDeliberationInput, { description: 'The decision.' }) input: RecordDeliberationInput,
    @Ctx() ctx: PartyContext,
  ): Promise<MatterDeliberation> {
    return recordDeliberation(ctx, input);
  }
}
