import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { OwnersContext } from '../owners.loaders.js';
import { NeighborhoodStub } from '../stubs/registry.stub.js';
import { StatutoryDeadline } from './statutory-deadline.type.js';
import { DEADLINES_DESCRIPTION, WITHIN_DAYS } from './statutory-deadline.input.js';
import { deadlinesOf } from './statutory-deadlines-lookup.js';

@Resolver(() => NeighborhoodStub)
export class NeighborhoodStatutoryDeadlinesResolver {
  @FieldResolver(() => [StatutoryDeadline], { description: `${DEADLINES_DESCRIPTION}its own committee and the area offices; empty for others.` })
  statutoryDeadlines(
    @Root() neighborhood: NeighborhoodStub,
    @Arg('withinDays', () => Int, WITHIN_DAYS) withinDays: number,
    @Ctx() ctx: OwnersContext,
  ): Promise<StatutoryDeadline[]> {
    return deadlinesOf(ctx, 'neighborhood_id', neighborhood.id, withinDays, undefined);
  }
}
