import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PropertyContext } from '../property.loaders.js';
import { OwnersMotionStub } from '../stubs/owners.stub.js';
import { Recusal } from './recusal.type.js';
import { gatewayIds } from './recusal-ids.js';

@Resolver(() => OwnersMotionStub)
export class OwnersMotionRecusalResolver {
  @Directive('@requires(fields: "concernedCompanyId committeeMemberPersonIds")')
  @FieldResolver(() => [Recusal], {
    description: 'Committee members who should recuse themselves (回避): those holding a post today in the property company the motion concerns.',
  })
  recusals(@Root() motion: OwnersMotionStub, @Ctx() ctx: PropertyContext): Promise<Recusal[]> {
    return ctx.loaders.recusals.load({ personIds: gatewayIds(motion.committeeMemberPersonIds), companyIds: gatewayIds([motion.concernedCompanyId]) });
  }
}
