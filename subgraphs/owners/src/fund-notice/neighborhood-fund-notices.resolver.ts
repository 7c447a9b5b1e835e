import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OwnersContext } from '../owners.loaders.js';
import { NeighborhoodStub } from '../stubs/registry.stub.js';
import { OwnersFundNotice } from './fund-notice.entity.js';
import { readsFundRecord } from './fund-notice.access.js';

@Resolver(() => NeighborhoodStub)
export class NeighborhoodFundNoticesResolver {
  @FieldResolver(() => [OwnersFundNotice], {
    description: "The neighborhood's published fund-use notices, newest period first (资金使用情况公示): for those who read its fund ledger; empty for everyone else.",
  })
  async ownersFundNotices(@Root() neighborhood: NeighborhoodStub, @Ctx() ctx: OwnersContext): Promise<OwnersFundNotice[]> {
    const notices = await ctx.loaders.fundNoticesOfNeighborhood.load(neighborhood.id.toLowerCase());
    const readable: OwnersFundNotice[] = [];
    for (const notice of notices) if (await readsFundRecord(ctx, notice)) readable.push(notice);
    return readable.sort((a, b) => b.periodStart.getTime() - a.periodStart.getTime());
  }
}
