import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OwnersContext } from '../owners.loaders.js';
import { StreetStub } from '../stubs/registry.stub.js';
import { OwnersAreaStatistics } from './statistics.type.js';
import { REQUIRES_COMMUNITY, statisticsOf } from './statistics-lookup.js';

@Resolver(() => StreetStub)
export class StreetOwnersStatisticsResolver {
  @Directive(`@requires(fields: "communities { ${REQUIRES_COMMUNITY} }")`)
  @FieldResolver(() => OwnersAreaStatistics, { description: "Owners' committee figures of the street (业委会统计)." })
  ownersStatistics(@Root() street: StreetStub, @Ctx() ctx: OwnersContext): Promise<OwnersAreaStatistics> {
    return statisticsOf((street.communities ?? []).flatMap((community) => community.neighborhoods ?? []), ctx);
  }
}
