import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PropertyContext } from '../property.loaders.js';
import { JointMeetingStub } from '../stubs/party.stub.js';
import { Recusal } from './recusal.type.js';
import { gatewayIds } from './recusal-ids.js';

@Resolver(() => JointMeetingStub)
export class JointMeetingRecusalResolver {
  @Directive('@requires(fields: "concernedCompanyIds participantPersonIds")')
  @FieldResolver(() => [Recusal], {
    description: 'Participants who should recuse themselves (回避): those holding a post today in a property company concerned by the matters discussed.',
  })
  recusals(@Root() meeting: JointMeetingStub, @Ctx() ctx: PropertyContext): Promise<Recusal[]> {
    return ctx.loaders.recusals.load({ personIds: gatewayIds(meeting.participantPersonIds), companyIds: gatewayIds(meeting.concernedCompanyIds) });
  }
}
