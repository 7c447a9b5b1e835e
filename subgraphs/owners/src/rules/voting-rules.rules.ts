import { MatterCategory, matterWeight } from './matter-category.js';
import type { Threshold, VotingThresholds } from '../tally/thresholds.js';

/** A local rule for one matter category: its quorum and approval, each optional (the base applies where absent). */
export interface CategoryRule {
  category: MatterCategory;
  quorum?: Threshold | null;
  approval?: Threshold | null;
}

/** What a threshold must be: whole numbers 0 < numerator ≤ denominator ≤ 1000; null when fine, else what is wrong. */
export function thresholdProblem(threshold: Threshold, where: string): string | null {
  const { numerator, denominator } = threshold;
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator)) return `${where}: numerator and denominator must be whole numbers.`;
  if (numerator <= 0 || denominator <= 0) return `${where}: numerator and denominator must be more than 0.`;
  if (numerator > denominator) return `${where}: the numerator must not exceed the denominator (a share of at most 1).`;
  if (denominator > 1000) return `${where}: the denominator must be at most 1000.`;
  if (typeof threshold.inclusive !== 'boolean') return `${where}: inclusive must be true (at least) or false (more than).`;
  return null;
}

/** Every problem of a rule set's rules, with where it is; empty when valid. */
export function ruleSetProblems(rules: readonly CategoryRule[]): string[] {
  const problems: string[] = [];
  const seen = new Set<MatterCategory>();
  rules.forEach((rule, index) => {
    if (seen.has(rule.category)) problems.push(`rules[${index}]: ${rule.category} appears twice; give one rule per category.`);
    seen.add(rule.category);
    if (!rule.quorum && !rule.approval) problems.push(`rules[${index}]: a rule for ${rule.category} sets quorum, approval or both.`);
    for (const key of ['quorum', 'approval'] as const) {
      const threshold = rule[key];
      const problem = threshold ? thresholdProblem(threshold, `rules[${index}].${key}`) : null;
      if (problem) problems.push(problem);
    }
  });
  return problems;
}

/**
 * The thresholds a motion of `category` is decided by: the base (Civil Code or the deployment's seed for the district)
 * with the local rule's quorum and approval where it sets them. The approval applies whatever the category's weight,
 * so it is stored as both the ordinary and the special threshold of what the motion is decided by.
 */
export function motionThresholds(base: VotingThresholds, category: MatterCategory, rules: readonly CategoryRule[] | null): VotingThresholds {
  const rule = rules?.find((candidate) => candidate.category === category);
  const approval = rule?.approval ?? (matterWeight(category) === 'SPECIAL' ? base.special : base.ordinary);
  return { quorum: rule?.quorum ?? base.quorum, ordinary: approval, special: approval };
}

/**
 * The rules of a street (delegated by its district) over the district's: per category, the street's quorum where it
 * sets one, else the district's; the same for approval. What neither sets follows the base (motionThresholds).
 * Categories in the order of the Civil Code's list (MatterCategory), so the result does not depend on input order.
 */
export function layeredRules(street: readonly CategoryRule[] | null, district: readonly CategoryRule[] | null): CategoryRule[] {
  const pick = (rules: readonly CategoryRule[] | null, category: MatterCategory) => rules?.find((rule) => rule.category === category);
  return RULE_CATEGORIES.flatMap((category) => {
    const own = pick(street, category);
    const above = pick(district, category);
    if (!own && !above) return [];
    return [{ category, quorum: own?.quorum ?? above?.quorum ?? null, approval: own?.approval ?? above?.approval ?? null }];
  });
}

/** Categories a rule may name (for messages). */
export const RULE_CATEGORIES = Object.values(MatterCategory);
