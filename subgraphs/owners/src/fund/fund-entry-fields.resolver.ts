import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OwnersContext } from '../owners.loaders.js';
import { inScope } from '../access/owners-scope.js';
import { Resolution } from '../resolution/resolution.entity.js';
import { OwnersFundEntry } from './fund-entry.entity.js';
import { ENTRY_EFFECT, type Fund } from './fund-ledger.js';
import { OwnersFund } from './fund-ledger.type.js';

@Resolver(() => OwnersFundEntry)
export class FundEntryFieldsResolver {
  @FieldResolver(() => OwnersFund, { description: 'The fund it belongs to (资金类别).' })
  fund(@Root() entry: OwnersFundEntry): Fund {
    return ENTRY_EFFECT[entry.kind].fund;
  }

  @FieldResolver(() => Resolution, {
    nullable: true,
    description: 'The resolution it rests on (依据决议); null when a documented emergency stands in for one (see emergencyReason) or you may not read it.',
  })
  async resolution(@Root() entry: OwnersFundEntry, @Ctx() ctx: OwnersContext): Promise<Resolution | null> {
    if (!entry.resolutionId) return null;
    const resolution = await ctx.loaders.resolution.load(entry.resolutionId);
    const scope = await ctx.loaders.scope();
    if (!resolution || !inScope(scope, resolution)) return null;
    if (scope.publishedOnly && (await ctx.loaders.publicationOfResolution.load(resolution.id)).length === 0) return null;
    return resolution;
  }
}
