import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OwnersContext } from '../owners.loaders.js';
import { CommunityStub } from '../stubs/registry.stub.js';
import { OwnersAreaStatistics } from './statistics.type.js';
import { REQUIRES_COMMUNITY, statisticsOf } from './statistics-lookup.js';

@Resolver(() => CommunityStub)
export class CommunityOwnersStatisticsResolver {
  @Directive(`@requires(fields: "${REQUIRES_COMMUNITY}")`)
  @FieldResolver(() => OwnersAreaStatistics, { description: "Owners' committee figures of the community (业委会统计)." })
  ownersStatistics(@Root() community: CommunityStub, @Ctx() ctx: OwnersContext): Promise<OwnersAreaStatistics> {
    return statisticsOf(community.neighborhoods ?? [], ctx);
  }
}
