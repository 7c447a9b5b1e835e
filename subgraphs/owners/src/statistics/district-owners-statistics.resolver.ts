import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OwnersContext } from '../owners.loaders.js';
import { DistrictStub } from '../stubs/registry.stub.js';
import { OwnersAreaStatistics } from './statistics.type.js';
import { REQUIRES_COMMUNITY, statisticsOf } from './statistics-lookup.js';

@Resolver(() => DistrictStub)
export class DistrictOwnersStatisticsResolver {
  @Directive(`@requires(fields: "streets { communities { ${REQUIRES_COMMUNITY} } }")`)
  @FieldResolver(() => OwnersAreaStatistics, { description: "Owners' committee figures of the district (业委会统计)." })
  ownersStatistics(@Root() district: DistrictStub, @Ctx() ctx: OwnersContext): Promise<OwnersAreaStatistics> {
    return statisticsOf((district.streets ?? []).flatMap((street) => (street.communities ?? []).flatMap((community) => community.neighborhoods ?? [])), ctx);
  }
}
