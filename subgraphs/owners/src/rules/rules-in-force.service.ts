import type { OwnersContext } from '../owners.loaders.js';
import { ruleSetLabel, OwnersVotingRuleSet } from './voting-rule-set.entity.js';
import { OwnersRuleDelegation } from './voting-rule-delegation.entity.js';
import { layeredRules, type CategoryRule } from './voting-rules.rules.js';

/** The local rules an assembly convened at `at` is decided by, and how its motions name them. */
export interface RulesInForce {
  rules: CategoryRule[];
  label: string;
}

/** The district's own rule set in force at `at`: the latest effective, highest version (a street's sets aside). */
export async function districtRuleSetInForce(ctx: OwnersContext, districtId: string, at: Date): Promise<OwnersVotingRuleSet | null> {
  return ctx.em.findOne(OwnersVotingRuleSet, { districtId, streetId: null, effectiveFrom: { $lte: at } }, { orderBy: { effectiveFrom: 'desc', version: 'desc' } });
}

/** The delegation of the district to the street that stood at `at` (delegated by then, not revoked by then). */
export async function delegationAt(ctx: OwnersContext, place: { districtId: string; streetId: string }, at: Date): Promise<OwnersRuleDelegation | null> {
  return ctx.em.findOne(
    OwnersRuleDelegation,
    { districtId: place.districtId, streetId: place.streetId, delegatedAt: { $lte: at }, $or: [{ revokedAt: null }, { revokedAt: { $gt: at } }] },
    { orderBy: { delegatedAt: 'desc' } },
  );
}

/** The street's rule set in force at `at`: adopted under the delegation standing then, the latest effective, highest version. */
export async function streetRuleSetInForce(ctx: OwnersContext, place: { districtId: string; streetId: string }, at: Date): Promise<OwnersVotingRuleSet | null> {
  const delegation = await delegationAt(ctx, place, at);
  if (!delegation) return null;
  return ctx.em.findOne(OwnersVotingRuleSet, { delegationId: delegation.id, effectiveFrom: { $lte: at } }, { orderBy: { effectiveFrom: 'desc', version: 'desc' } });
}

/**
 * The rules in force for a neighborhood's assembly convened at `at`: the street's (under a standing delegation) over
 * the district's, category by category (layeredRules); null where neither has any, so the deployment's seed or the
 * Civil Code applies. The label names every rule set that is in force, the street's first.
 */
export async function rulesInForce(ctx: OwnersContext, place: { districtId: string; streetId: string }, at: Date): Promise<RulesInForce | null> {
  const street = await streetRuleSetInForce(ctx, place, at);
  const district = await districtRuleSetInForce(ctx, place.districtId, at);
  if (!street && !district) return null;
  return {
    rules: layeredRules(street?.rules ?? null, district?.rules ?? null),
    label: [street, district].flatMap((set) => (set ? [ruleSetLabel(set)] : [])).join('；'),
  };
}
