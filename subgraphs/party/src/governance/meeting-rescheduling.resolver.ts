import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { PartyContext } from '../party.loaders.js';
import { JointMeeting } from './joint-meeting.entity.js';
import { RescheduleJointMeetingInput } from './joint-meeting.input.js';
import { JointMeetingRescheduling } from './meeting-rescheduling.entity.js';
import { rescheduleJointMeeting } from './meeting-rescheduling.service.js';

@Resolver(() => JointMeeting)
export class MeetingReschedulingResolver {
  @FieldResolver(() => [JointMeetingRescheduling], { description: 'Every rescheduling of the meeting, oldest first (改期记录).' })
  reschedulings(@Root() meeting: JointMeeting, @Ctx() ctx: PartyContext): Promise<JointMeetingRescheduling[]> {
    return ctx.loaders.reschedulingsOfMeeting.load(meeting.id);
  }

  @Mutation(() => JointMeeting, {
    description:
      'Moves a joint meeting not yet held to a later time (联席会议改期), with the reason; each change is kept in `reschedulings`. The branch that convened it, or the offices over it.',
  })
  rescheduleJointMeeting(
    @Arg('input', () => RescheduleJointMeetingInput, { description: 'Which meeting, the version read, the new time and why.' }) input: RescheduleJointMeetingInput,
    @Ctx() ctx: PartyContext,
  ): Promise<JointMeeting> {
    return rescheduleJointMeeting(ctx, input);
  }
}
