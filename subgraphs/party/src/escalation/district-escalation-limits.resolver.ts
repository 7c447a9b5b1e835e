import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { PartyContext } from '../party.loaders.js';
import { DistrictStub } from '../stubs/registry.stub.js';
import { EscalationLimit } from './escalation-limit.entity.js';
import { DEFAULT_RESPONSE_HOURS, LADDER } from './escalation-kinds.js';
import { SetEscalationLimitInput } from './escalation.input.js';
import { assertMaySetLimits } from './escalation.access.js';

@Resolver(() => DistrictStub)
export class DistrictEscalationLimitsResolver {
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
