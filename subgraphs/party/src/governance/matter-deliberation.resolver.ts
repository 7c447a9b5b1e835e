import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartyContext } from '../party.loaders.js';
import { GovernanceMatter } from './governance-matter.entity.js';
import { JointMeeting } from './joint-meeting.entity.js';
import { MatterDeliberation } from './matter-deliberation.entity.js';
import { canReadMeeting, loadVisibleMatter } from './governance-lookup.js';

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
