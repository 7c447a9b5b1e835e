import { Arg, Args, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { PageArgs, type Page } from '../../../platform/pagination/connection.js';
import type { OwnersContext } from '../owners.loaders.js';
import type { OwnersCommittee } from '../committee/owners-committee.entity.js';
import { CommunityStub, NeighborhoodKindValue, type NeighborhoodStub } from '../stubs/registry.stub.js';
import { COUNTS_DESCRIPTION, DUE_DESCRIPTION, KIND_ARG, NEIGHBORHOODS, OwnersPeriodInput, PERIOD_ARG, WITHIN_ARG, WITHOUT_DESCRIPTION } from './area-lists.input.js';
import { OwnersCommitteeConnection, OwnersEventCounts, OwnersNeighborhoodConnection } from './area-lists.type.js';
import { committeesDueForReElection, eventCounts, neighborhoodsWithoutCommittee, type EventCounts } from './area-lists.service.js';

@Resolver(() => CommunityStub)
export class CommunityOwnersListsResolver {
  @Directive(`@requires(fields: "${NEIGHBORHOODS}")`)
  @FieldResolver(() => OwnersNeighborhoodConnection, { description: WITHOUT_DESCRIPTION('community') })
  neighborhoodsWithoutOwnersCommittee(
    @Root() community: CommunityStub,
    @Arg('kind', () => NeighborhoodKindValue, KIND_ARG) kind: NeighborhoodKindValue | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: OwnersContext,
  ): Promise<Page<NeighborhoodStub>> {
    return neighborhoodsWithoutCommittee(ctx, { level: 'COMMUNITY', id: community.id }, community.neighborhoods ?? [], kind, page);
  }

  @FieldResolver(() => OwnersCommitteeConnection, { description: DUE_DESCRIPTION('community') })
  committeesDueForReElection(
    @Root() community: CommunityStub,
    @Arg('withinDays', () => Int, WITHIN_ARG) withinDays: number,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: OwnersContext,
  ): Promise<Page<OwnersCommittee>> {
    return committeesDueForReElection(ctx, { level: 'COMMUNITY', id: community.id }, withinDays, page);
  }

  @FieldResolver(() => OwnersEventCounts, { description: COUNTS_DESCRIPTION('community') })
  ownersEventCounts(@Root() community: CommunityStub, @Arg('period', () => OwnersPeriodInput, PERIOD_ARG) period: OwnersPeriodInput | undefined, @Ctx() ctx: OwnersContext): Promise<EventCounts> {
    return eventCounts(ctx, { level: 'COMMUNITY', id: community.id }, period);
  }
}
