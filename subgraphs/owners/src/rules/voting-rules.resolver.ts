import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { setsVotingRulesOf } from '../access/voting-rules-access.js';
import { badUserInput, conflict, forbidden } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { OwnersContext } from '../owners.loaders.js';
import { MatterCategory } from '../owners-enums.js';
import { OwnersThreshold } from '../resolution/resolution.resolver.js';
import type { Threshold } from '../tally/thresholds.js';
import { OwnersVotingRuleSet } from './voting-rule-set.entity.js';
import { AdoptOwnersVotingRulesInput } from './voting-rules.input.js';
import { ruleSetProblems, type CategoryRule } from './voting-rules.js';

@ObjectType('OwnersCategoryRule', { description: 'The local rule for one matter category (分类表决规则).' })
class CategoryRuleType {
  @Field(() => MatterCategory, { description: 'The matter category (事项类别).' })
  category!: MatterCategory;

  @Field(() => OwnersThreshold, { nullable: true, description: 'Quorum, if this rule sets it (参与表决比例).' })
  quorum!: Threshold | null;

  @Field(() => OwnersThreshold, { nullable: true, description: 'Approval, if this rule sets it (通过比例).' })
  approval!: Threshold | null;
}

/** The rule set in force for a district at `at`: the latest effective, highest version. */
export async function ruleSetInForce(ctx: OwnersContext, districtId: string, at: Date): Promise<OwnersVotingRuleSet | null> {
  return ctx.em.findOne(OwnersVotingRuleSet, { districtId, effectiveFrom: { $lte: at } }, { orderBy: { effectiveFrom: 'desc', version: 'desc' } });
}

@Resolver(() => OwnersVotingRuleSet)
export class VotingRulesResolver {
  @Query(() => [OwnersVotingRuleSet], { description: "Every version of a district's local voting rules, newest first (地方表决规则). Public rules: any caller." })
  ownersVotingRuleSets(@Arg('districtId', () => ID, { description: 'The district.' }) districtId: string, @Ctx() ctx: OwnersContext): Promise<OwnersVotingRuleSet[]> {
    return ctx.em.find(OwnersVotingRuleSet, { districtId: requireId(districtId, 'districtId') }, { orderBy: { version: 'desc' } });
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
    const now = ctx.clock.now();
    if (input.effectiveFrom < now) throw badUserInput('effectiveFrom is in the past: local rules take effect from now or later, never backdated.', { field: 'effectiveFrom' });
    const rules: CategoryRule[] = input.rules.map((rule) => ({
      category: rule.category,
      quorum: rule.quorum ? { ...rule.quorum } : null,
      approval: rule.approval ? { ...rule.approval } : null,
    }));
    const problems = ruleSetProblems(rules);
    if (problems.length > 0) throw badUserInput(problems.join(' '), { field: 'rules' });
    const [latest] = await ctx.em.find(OwnersVotingRuleSet, { districtId }, { orderBy: { version: 'desc' }, limit: 1 });
    const ruleSet = ctx.em.create(OwnersVotingRuleSet, {
      districtId,
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
}
