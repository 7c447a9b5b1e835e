import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { PartyContext } from '../party.loaders.js';
import { CommunityStub, DistrictStub, NeighborhoodStub, StreetStub } from '../stubs/registry.stub.js';
import { Escalation } from './escalation.entity.js';
import { EscalationLimit } from './escalation-limit.entity.js';
import { DEFAULT_RESPONSE_HOURS, LADDER } from './escalation-kinds.js';
import { EscalationStatistics } from './escalation-statistics.js';
import { SetEscalationLimitInput } from './escalation.input.js';
import { assertMaySetLimits, mayReadEscalation } from './escalation.access.js';

@Resolver(() => DistrictStub)
export class DistrictEscalationResolver {
  @FieldResolver(() => EscalationStatistics, { description: "The district's escalations by level (逐级呼叫统计)." })
  escalationStatistics(@Root() district: DistrictStub, @Ctx() ctx: PartyContext): Promise<EscalationStatistics> {
    return ctx.loaders.escalations.statistics.district.load(district.id);
  }

  @FieldResolver(() => [EscalationLimit], { description: "The district's response time limit for every level, defaults included (回应时限)." })
  async escalationLimits(@Root() district: DistrictStub, @Ctx() ctx: PartyContext): Promise<EscalationLimit[]> {
    const rows = await ctx.em.find(EscalationLimit, { districtId: district.id });
    return LADDER.map((level) => rows.find((row) => row.level === level) ?? Object.assign(new EscalationLimit(), { districtId: district.id, level, hours: DEFAULT_RESPONSE_HOURS[level], setBy: 'default' }));
  }

  @Mutation(() => EscalationLimit, { description: "Sets the district's response time limit for one level; calls made from now on use it. The DISTRICT office." })
  async setEscalationLimit(@Arg('input', () => SetEscalationLimitInput, { description: 'Level and hours.' }) input: SetEscalationLimitInput, @Ctx() ctx: PartyContext): Promise<EscalationLimit> {
    const districtId = input.districtId.toLowerCase();
    assertMaySetLimits(ctx.caller, districtId);
    const limit = (await ctx.em.findOne(EscalationLimit, { districtId, level: input.level })) ?? ctx.em.create(EscalationLimit, { districtId, level: input.level, hours: input.hours, setBy: ctx.caller.subject });
    Object.assign(limit, { hours: input.hours, setBy: ctx.caller.subject });
    await ctx.em.flush();
    return limit;
  }
}

@Resolver(() => StreetStub)
export class StreetEscalationResolver {
  @FieldResolver(() => EscalationStatistics, { description: "The street's escalations by level (逐级呼叫统计)." })
  escalationStatistics(@Root() street: StreetStub, @Ctx() ctx: PartyContext): Promise<EscalationStatistics> {
    return ctx.loaders.escalations.statistics.street.load(street.id);
  }
}

@Resolver(() => CommunityStub)
export class CommunityEscalationResolver {
  @FieldResolver(() => EscalationStatistics, { description: "The community's escalations by level (逐级呼叫统计)." })
  escalationStatistics(@Root() community: CommunityStub, @Ctx() ctx: PartyContext): Promise<EscalationStatistics> {
    return ctx.loaders.escalations.statistics.community.load(community.id);
  }
}

@Resolver(() => NeighborhoodStub)
export class NeighborhoodEscalationResolver {
  @FieldResolver(() => [Escalation], { description: "The neighborhood's escalations the caller may read, newest first (呼叫事项)." })
  async escalations(@Root() neighborhood: NeighborhoodStub, @Ctx() ctx: PartyContext): Promise<Escalation[]> {
    const rows = await ctx.loaders.escalations.escalationsOfNeighborhood.load(neighborhood.id);
    const branches = await ctx.loaders.organization.loadMany(rows.map((row) => row.branchId));
    return rows.filter((row, index) => {
      const branch = branches[index];
      return mayReadEscalation(ctx.caller, row, branch instanceof Error ? null : branch);
    });
  }
}
