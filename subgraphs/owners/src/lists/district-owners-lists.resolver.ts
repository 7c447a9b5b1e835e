import { Arg, Args, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { PageArgs, type Page } from '../../../platform/pagination/connection.js';
import type { OwnersContext } from '../owners.loaders.js';
import type { OwnersCommittee } from '../committee/owners-committee.entity.js';
import { DistrictStub, NeighborhoodKindValue, type NeighborhoodStub } from '../stubs/registry.stub.js';
import { COUNTS_DESCRIPTION, DUE_DESCRIPTION, KIND_ARG, NEIGHBORHOODS, OwnersPeriodInput, PERIOD_ARG, WITHIN_ARG, WITHOUT_DESCRIPTION } from './area-lists.input.js';
import { OwnersCommitteeConnection, OwnersEventCounts, OwnersNeighborhoodConnection } from './area-lists.type.js';
import { committeesDueForReElection, eventCounts, neighborhoodsWithoutCommittee, type EventCounts } from './area-lists.service.js';

@Resolver(() => DistrictStub)
export class DistrictOwnersListsResolver {
  @Directive(`@requires(fields: "streets { communities { ${NEIGHBORHOODS} } }")`)
  @FieldResolver(() => OwnersNeighborhoodConnection, { description: WITHOUT_DESCRIPTION('district') })
  neighborhoodsWithoutOwnersCommittee(
    @Root() district: DistrictStub,
    @Arg('kind', () => NeighborhoodKindValue, KIND_ARG) kind: NeighborhoodKindValue | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: OwnersContext,
  ): Promise<Page<NeighborhoodStub>> {
    const neighborhoods = (district.streets ?? []).flatMap((street) => (street.communities ?? []).flatMap((community) => community.neighborhoods ?? []));
    return neighborhoodsWithoutCommittee(ctx, { level: 'DISTRICT', id: district.id }, neighborhoods, kind, page);
  }

  @FieldResolver(() => OwnersCommitteeConnection, { description: DUE_DESCRIPTION('district') })
  committeesDueForReElection(
    @Root() district: DistrictStub,
    @Arg('withinDays', () => Int, WITHIN_ARG) withinDays: number,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: OwnersContext,
  ): Promise<Page<OwnersCommittee>> {
    return committeesDueForReElection(ctx, { level: 'DISTRICT', id: district.id }, withinDays, page);
  }

  @FieldResolver(() => OwnersEventCounts, { description: COUNTS_DESCRIPTION('district') })
  ownersEventCounts(@Root() district: DistrictStub, @Arg('period', () => OwnersPeriodInput, PERIOD_ARG) period: OwnersPeriodInput | undefined, @Ctx() ctx: OwnersContext): Promise<EventCounts> {
    return eventCounts(ctx, { level: 'DISTRICT', id: district.id }, period);
  }
}
