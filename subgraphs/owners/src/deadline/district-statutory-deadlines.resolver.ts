import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { OwnersContext } from '../owners.loaders.js';
import { DistrictStub } from '../stubs/registry.stub.js';
import { StatutoryDeadlineStatus } from './statutory-clocks.js';
import { StatutoryDeadline } from './statutory-deadline.type.js';
import { DEADLINES_DESCRIPTION, STATUS, WITHIN_DAYS } from './statutory-deadline.input.js';
import { deadlinesOf } from './statutory-deadlines-lookup.js';

@Resolver(() => DistrictStub)
export class DistrictStatutoryDeadlinesResolver {
  @FieldResolver(() => [StatutoryDeadline], { description: `${DEADLINES_DESCRIPTION}for the area offices covering the district; empty for others.` })
  statutoryDeadlines(
    @Root() district: DistrictStub,
    @Arg('withinDays', () => Int, WITHIN_DAYS) withinDays: number,
    @Arg('status', () => StatutoryDeadlineStatus, STATUS) status: StatutoryDeadlineStatus | undefined,
    @Ctx() ctx: OwnersContext,
  ): Promise<StatutoryDeadline[]> {
    return deadlinesOf(ctx, 'district_id', district.id, withinDays, status ?? undefined);
  }
}
