import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root, registerEnumType } from 'type-graphql';
import { badUserInput } from '../../../platform/errors/error-codes.js';
import type { OwnersContext } from '../owners.loaders.js';
import { CommunityStub, DistrictStub, NeighborhoodStub, StreetStub } from '../stubs/registry.stub.js';
import { OwnersCommittee } from '../committee/owners-committee.entity.js';
import { OwnersAssembly } from '../assembly/owners-assembly.entity.js';
import { Resolution } from '../resolution/resolution.entity.js';
import { readsStatutoryClocks } from './statutory-deadline.access.js';
import { statutoryClocks, StatutoryDeadlineKind, StatutoryDeadlineStatus, type StatutoryClock } from './statutory-clocks.js';
import type { PlaceColumn } from './statutory-deadline.loader.js';

registerEnumType(StatutoryDeadlineKind, {
  name: 'StatutoryDeadlineKind',
  description: "A statutory time limit of owners' self-governance (法定时限).",
  valuesConfig: {
    ASSEMBLY_NOTICE: { description: "Notice of an owners' assembly at least 15 days before it meets (会议公告)." },
    RESOLUTION_PUBLICATION: { description: 'Publication of a resolution within 3 days of the decision (决议公示).' },
    COMMITTEE_FILING: { description: 'Filing of a committee with the street within 30 days of its election (备案).' },
    TERM_EXPIRY: { description: "End of a committee's term, warned from 3 months before (任期届满换届)." },
  },
});

registerEnumType(StatutoryDeadlineStatus, {
  name: 'StatutoryDeadlineStatus',
  description: 'Whether a time limit is still to come or has passed unmet (时限状态).',
  valuesConfig: { UPCOMING: { description: 'Due today or later (即将到期).' }, OVERDUE: { description: 'Passed and not met (已逾期).' } },
});

@ObjectType('StatutoryDeadline', {
  description: "A statutory time limit not yet met (法定时限提醒), derived from the owners' records: what is due, by which day, for which committee.",
})
export class StatutoryDeadline {
  @Field(() => StatutoryDeadlineKind, { description: 'Which time limit (时限类别).' })
  kind!: StatutoryDeadlineKind;

  @Field(() => String, { description: 'The last day allowed, YYYY-MM-DD in UTC (截止日期).' })
  dueOn!: string;

  @Field(() => StatutoryDeadlineStatus, { description: 'UPCOMING or OVERDUE (状态).' })
  status!: StatutoryDeadlineStatus;

  @Field(() => Int, { description: 'Days from today to the due day: 0 on the day, negative when overdue (剩余天数).' })
  daysLeft!: number;

  clock!: StatutoryClock;
}

const MAX_WINDOW_DAYS = 366;

async function deadlinesOf(
  ctx: OwnersContext,
  column: PlaceColumn,
  id: string,
  withinDays: number,
  status: StatutoryDeadlineStatus | undefined,
): Promise<StatutoryDeadline[]> {
  if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > MAX_WINDOW_DAYS) {
    throw badUserInput(`withinDays must be 0 to ${MAX_WINDOW_DAYS}.`, { field: 'withinDays' });
  }
  if (!readsStatutoryClocks(ctx.caller)) return [];
  const facts = await ctx.loaders.clockFactsOfPlace.load(`${column}:${id.toLowerCase()}`);
  return statutoryClocks(facts, ctx.clock.now(), withinDays)
    .filter((clock) => !status || clock.status === status)
    .map((clock) => ({ kind: clock.kind, dueOn: clock.dueOn, status: clock.status, daysLeft: clock.daysLeft, clock }));
}

@Resolver(() => StatutoryDeadline)
export class StatutoryDeadlineResolver {
  @FieldResolver(() => NeighborhoodStub, { description: 'The neighborhood (小区).' })
  neighborhood(@Root() deadline: StatutoryDeadline): NeighborhoodStub {
    return { id: deadline.clock.neighborhoodId };
  }

  @FieldResolver(() => OwnersCommittee, { description: 'The committee that must act (责任业委会).' })
  async committee(@Root() deadline: StatutoryDeadline, @Ctx() ctx: OwnersContext): Promise<OwnersCommittee> {
    return (await ctx.loaders.committee.load(deadline.clock.committeeId))!;
  }

  @FieldResolver(() => OwnersAssembly, { nullable: true, description: 'The assembly to be noticed, for ASSEMBLY_NOTICE (业主大会会议).' })
  async assembly(@Root() deadline: StatutoryDeadline, @Ctx() ctx: OwnersContext): Promise<OwnersAssembly | null> {
    return deadline.clock.assemblyId ? ctx.loaders.assembly.load(deadline.clock.assemblyId) : null;
  }

  @FieldResolver(() => Resolution, { nullable: true, description: 'The resolution to be published, for RESOLUTION_PUBLICATION (决议).' })
  async resolution(@Root() deadline: StatutoryDeadline, @Ctx() ctx: OwnersContext): Promise<Resolution | null> {
    return deadline.clock.resolutionId ? ctx.loaders.resolution.load(deadline.clock.resolutionId) : null;
  }
}

const WITHIN_DAYS = { nullable: true, defaultValue: 30, description: 'List what falls due within this many days (0–366); overdue ones always.' } as const;
const STATUS = { nullable: true, description: 'Only UPCOMING or only OVERDUE ones.' } as const;
const DESCRIPTION = "Statutory time limits of owners' committees not yet met (法定时限提醒), earliest first: ";

@Resolver(() => NeighborhoodStub)
export class NeighborhoodStatutoryDeadlinesResolver {
  @FieldResolver(() => [StatutoryDeadline], { description: `${DESCRIPTION}its own committee and the area offices; empty for others.` })
  statutoryDeadlines(
    @Root() neighborhood: NeighborhoodStub,
    @Arg('withinDays', () => Int, WITHIN_DAYS) withinDays: number,
    @Ctx() ctx: OwnersContext,
  ): Promise<StatutoryDeadline[]> {
    return deadlinesOf(ctx, 'neighborhood_id', neighborhood.id, withinDays, undefined);
  }
}

@Resolver(() => CommunityStub)
export class CommunityStatutoryDeadlinesResolver {
  @FieldResolver(() => [StatutoryDeadline], { description: `${DESCRIPTION}for the area offices covering the community; empty for others.` })
  statutoryDeadlines(
    @Root() community: CommunityStub,
    @Arg('withinDays', () => Int, WITHIN_DAYS) withinDays: number,
    @Arg('status', () => StatutoryDeadlineStatus, STATUS) status: StatutoryDeadlineStatus | undefined,
    @Ctx() ctx: OwnersContext,
  ): Promise<StatutoryDeadline[]> {
    return deadlinesOf(ctx, 'community_id', community.id, withinDays, status ?? undefined);
  }
}

@Resolver(() => StreetStub)
export class StreetStatutoryDeadlinesResolver {
  @FieldResolver(() => [StatutoryDeadline], { description: `${DESCRIPTION}for the area offices covering the street; empty for others.` })
  statutoryDeadlines(
    @Root() street: StreetStub,
    @Arg('withinDays', () => Int, WITHIN_DAYS) withinDays: number,
    @Arg('status', () => StatutoryDeadlineStatus, STATUS) status: StatutoryDeadlineStatus | undefined,
    @Ctx() ctx: OwnersContext,
  ): Promise<StatutoryDeadline[]> {
    return deadlinesOf(ctx, 'street_id', street.id, withinDays, status ?? undefined);
  }
}

@Resolver(() => DistrictStub)
export class DistrictStatutoryDeadlinesResolver {
  @FieldResolver(() => [StatutoryDeadline], { description: `${DESCRIPTION}for the area offices covering the district; empty for others.` })
  statutoryDeadlines(
    @Root() district: DistrictStub,
    @Arg('withinDays', () => Int, WITHIN_DAYS) withinDays: number,
    @Arg('status', () => StatutoryDeadlineStatus, STATUS) status: StatutoryDeadlineStatus | undefined,
    @Ctx() ctx: OwnersContext,
  ): Promise<StatutoryDeadline[]> {
    return deadlinesOf(ctx, 'district_id', district.id, withinDays, status ?? undefined);
  }
}
