import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { setsStreetVotingRulesOf, setsVotingRulesOf } from '../access/voting-rules-access.js';
import { badUserInput, conflict, forbidden } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { OwnersContext } from '../owners.loaders.js';
import { OwnersVotingRuleSet } from './voting-rule-set.entity.js';
import { OwnersRuleDelegation, RuleDelegationStatus } from './voting-rule-delegation.entity.js';
import { AdoptOwnersStreetVotingRulesInput, AdoptOwnersVotingRulesInput } from './voting-rules.input.js';
import { ruleSetProblems, type CategoryRule } from './voting-rules.rules.js';
import { CategoryRuleType } from './voting-rules.type.js';

type RuleSetText = Pick<AdoptOwnersVotingRulesInput, 'name' | 'source' | 'effectiveFrom' | 'rules'>;

/** Validates a new version strictly and records it after the latest of the same owner (a district's own, or a street's). */
async function recordRuleSet(ctx: OwnersContext, input: RuleSetText, owner: { districtId: string; streetId: string | null; delegationId: string | null }): Promise<OwnersVotingRuleSet> {
  const now = ctx.clock.now();
  if (input.effectiveFrom < now) throw badUserInput('effectiveFrom is in the past: local rules take effect from now or later, never backdated.', { field: 'effectiveFrom' });
  const rules: CategoryRule[] = input.rules.map((rule) => ({
    category: rule.category,
    quorum: rule.quorum ? { ...rule.quorum } : null,
    approval: rule.approval ? { ...rule.approval } : null,
  }));
  const problems = ruleSetProblems(rules);
  if (problems.length > 0) throw badUserInput(problems.join(' '), { field: 'rules' });
  const sameOwner = owner.streetId ? { streetId: owner.streetId } : { districtId: owner.districtId, streetId: null };
  const [latest] = await ctx.em.find(OwnersVotingRuleSet, sameOwner, { orderBy: { version: 'desc' }, limit: 1 });
  const ruleSet = ctx.em.create(OwnersVotingRuleSet, {
    ...owner,
    version: (latest?.version ?? 0) + 1,
    name: input.name.trim(),
    source: input.source.trim(),
    effectiveFrom: input.effectiveFrom,
    rules,
    recordedAt: now,
    recordedBy: ctx.caller.subject,
  });
  try {
    await ctx.em.flush();
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw conflict('Another version of these rules was adopted meanwhile; read them again.');
    throw error;
  }
  return ruleSet;
}

@Resolver(() => OwnersVotingRuleSet)
export class VotingRulesResolver {
  @Query(() => [OwnersVotingRuleSet], {
    description:
      "Every version of a district's own local voting rules, or with `streetId` of a street's rules under the district's delegation, newest first (地方表决规则). Public rules: any caller.",
  })
  ownersVotingRuleSets(
    @Arg('districtId', () => ID, { description: 'The district.' }) districtId: string,
    @Arg('streetId', () => ID, { nullable: true, description: "A street of the district: its delegated rules instead of the district's own (街道)." }) streetId: string | undefined,
    @Ctx() ctx: OwnersContext,
  ): Promise<OwnersVotingRuleSet[]> {
    const district = requireId(districtId, 'districtId');
    const street = streetId === undefined || streetId === null ? null : requireId(streetId, 'streetId');
    return ctx.em.find(OwnersVotingRuleSet, { districtId: district, streetId: street }, { orderBy: { version: 'desc' } });
  }

  @FieldResolver(() => [CategoryRuleType], { description: 'The rules per category; categories not listed follow the Civil Code (分类规则).' })
  rules(@Root() ruleSet: OwnersVotingRuleSet): CategoryRuleType[] {
    return ruleSet.rules.map((rule) => ({ category: rule.category, quorum: rule.quorum ?? null, approval: rule.approval ?? null }));
  }

  @Mutation(() => OwnersVotingRuleSet, {
    description:
      "Adopts a new version of the district's local voting rules per matter category. It applies to assemblies convened from `effectiveFrom` " +
      '(now or later); assemblies convened before keep the rules they were convened under. DISTRICT of that district.',
  })
  async adoptOwnersVotingRules(
    @Arg('input', () => AdoptOwnersVotingRulesInput, { description: 'The rules and where they come from.' }) input: AdoptOwnersVotingRulesInput,
    @Ctx() ctx: OwnersContext,
  ): Promise<OwnersVotingRuleSet> {
    const districtId = requireId(input.districtId, 'districtId');
    if (!setsVotingRulesOf(ctx.caller, districtId)) {
      throw forbidden('Only the district office sets the local voting rules of its district.');
    }
    return recordRuleSet(ctx, input, { districtId, streetId: null, delegationId: null });
  }

  @Mutation(() => OwnersVotingRuleSet, {
    description:
      "Adopts a new version of a street's local voting rules per matter category, under its district's delegation (`delegateOwnersVotingRules`). " +
      "For the street's neighborhoods they take precedence over the district's rules, category by category (quorum and approval each), from " +
      '`effectiveFrom` (now or later) and while the delegation stands; assemblies convened before keep their rules. STREET of that street, while delegated.',
  })
  async adoptOwnersStreetVotingRules(
    @Arg('input', () => AdoptOwnersStreetVotingRulesInput, { description: 'The rules and where they come from.' }) input: AdoptOwnersStreetVotingRulesInput,
    @Ctx() ctx: OwnersContext,
  ): Promise<OwnersVotingRuleSet> {
    const streetId = requireId(input.streetId, 'streetId');
    if (!setsStreetVotingRulesOf(ctx.caller, streetId)) throw forbidden('Only the street office sets the local voting rules of its street.');
    const delegation = await ctx.em.findOne(OwnersRuleDelegation, { streetId, status: RuleDelegationStatus.ACTIVE });
    if (!delegation) throw forbidden('Your district has not delegated local voting rules to your street (or has revoked it): its rules apply.');
    return recordRuleSet(ctx, input, { districtId: delegation.districtId, streetId, delegationId: delegation.id });
  }
}
