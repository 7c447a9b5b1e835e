import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { requireId } from '../../../platform/ids/id.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { CommunityStub } from '../stubs/registry.stub.js';
import { Pairing } from './pairing.entity.js';

@Resolver(() => CommunityStub)
export class CommunityPairingsResolver {
  @FieldResolver(() => [Pairing], { description: 'Units paired with this community or its neighborhoods (联建对子) that you may read.' })
  pairings(@Root() community: CommunityStub, @Ctx() ctx: CobuildingContext): Promise<Pairing[]> {
    return ctx.loaders.pairingsOfCommunity.load(requireId(community.id));
  }
}
