import type { Caller } from '../../../platform/access/caller.js';
import { Role } from '../../../platform/access/role.js';
import { forbidden } from '../../../platform/errors/error-codes.js';
import { PropertyEvaluator } from './evaluation-kinds.js';

/** The roles that evaluate a neighborhood's property company each quarter, and as whom. */
const EVALUATORS: Partial<Record<Role, PropertyEvaluator>> = {
  [Role.PARTY_BRANCH]: PropertyEvaluator.PARTY_BRANCH,
  [Role.OWNERS_COMMITTEE]: PropertyEvaluator.OWNERS_COMMITTEE,
};

/** Who records an evaluation: a party branch or an owners' committee, acting for its organisation; anyone else is refused. */
export function evaluatorOf(caller: Caller): { evaluator: PropertyEvaluator; organizationId: string } {
  const evaluator = EVALUATORS[caller.role];
  if (!evaluator || !caller.organizationId) throw forbidden('Only the party branch or the owners\' committee of the neighborhood may evaluate its property company.');
  return { evaluator, organizationId: caller.organizationId };
}
