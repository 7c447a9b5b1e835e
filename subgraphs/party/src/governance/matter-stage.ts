import { MatterStep } from '../../../platform/access/matter-certificate.js';
import { NO_MATTER_FACTS, type MatterStageCounts } from '../../../platform/governance/matter-stage-facts.js';
import { DeliberationOutcome, GovernanceStage } from './governance-kinds.js';

/** What the stage of a matter is derived from: its own deliberations and the facts of the three other subgraphs. */
export interface MatterStageInput {
  needsOwnersDecision: boolean;
  /** Whether the branch withdrew it (撤回): final. */
  withdrawn?: boolean;
  /** Outcomes of every joint meeting that discussed it, in any order. */
  outcomes: readonly DeliberationOutcome[];
  ownersFacts?: MatterStageCounts | null;
  propertyFacts?: MatterStageCounts | null;
  cobuildingFacts?: MatterStageCounts | null;
}

function sum(a: MatterStageCounts, b: MatterStageCounts): MatterStageCounts {
  return { linked: a.linked + b.linked, pending: a.pending + b.pending, completed: a.completed + b.completed, evaluated: a.evaluated + b.evaluated, failed: a.failed + b.failed };
}

/**
 * The stage of a matter in 三议一服务 (提议 → 商议 → 决议 → 服务 → 评价). A joint meeting's REJECTED is final; until one
 * AGREED it the matter is PROPOSED (DEFERRED keeps it there). When the owners must decide: no motion yet →
 * DELIBERATED, an adopted motion → RESOLVED (adoption is final, even if another motion is still open), an open one →
 * RESOLVING, only failed ones → NOT_ADOPTED. The service (property requests and co-building projects together)
 * then moves it on: none that has not failed → it stays where it was, any in progress → SERVING, all done →
 * EVALUATED when every done one was evaluated, else COMPLETED. A withdrawn matter is WITHDRAWN, whatever else holds.
 */
export function deriveMatterStage(input: MatterStageInput): GovernanceStage {
  if (input.withdrawn) return GovernanceStage.WITHDRAWN;
  if (input.outcomes.includes(DeliberationOutcome.REJECTED)) return GovernanceStage.REJECTED;
  if (!input.outcomes.includes(DeliberationOutcome.AGREED)) return GovernanceStage.PROPOSED;
  let decided = GovernanceStage.DELIBERATED;
  if (input.needsOwnersDecision) {
    const owners = input.ownersFacts ?? NO_MATTER_FACTS;
    if (owners.linked === 0) return GovernanceStage.DELIBERATED;
    if (owners.completed === 0) return owners.pending > 0 ? GovernanceStage.RESOLVING : GovernanceStage.NOT_ADOPTED;
    decided = GovernanceStage.RESOLVED;
  }
  const service = sum(input.propertyFacts ?? NO_MATTER_FACTS, input.cobuildingFacts ?? NO_MATTER_FACTS);
  if (service.linked - service.failed <= 0) return decided;
  if (service.pending > 0) return GovernanceStage.SERVING;
  if (service.completed === 0) return decided;
  return service.evaluated >= service.completed ? GovernanceStage.EVALUATED : GovernanceStage.COMPLETED;
}

/**
 * The step another subgraph may link a record for: RESOLVE (an owners' motion) right after the joint meeting agreed a
 * matter the owners must decide; SERVE (service requests, projects) once no owners' decision is pending — agreed
 * without needing one, adopted, or already being served. None otherwise.
 */
export function nextMatterStep(stage: GovernanceStage, needsOwnersDecision: boolean): MatterStep | null {
  if (stage === GovernanceStage.DELIBERATED) return needsOwnersDecision ? MatterStep.RESOLVE : MatterStep.SERVE;
  if (stage === GovernanceStage.RESOLVED || stage === GovernanceStage.SERVING) return MatterStep.SERVE;
  return null;
}

/**
 * Where 三议一服务 carried a matter that has service records (requests, projects): COMPLETED or EVALUATED, or null
 * while it is not done (or it was withdrawn, rejected, or its service failed). The owners' facts are not needed here:
 * a service record is linked only with a SERVE certificate, which is signed only once no owners' decision is pending
 * (adopted, and adoption is final), so with service records the owners' part is settled.
 */
export function completedStage(input: Omit<MatterStageInput, 'needsOwnersDecision' | 'ownersFacts'>): GovernanceStage.COMPLETED | GovernanceStage.EVALUATED | null {
  const stage = deriveMatterStage({ ...input, needsOwnersDecision: false });
  return stage === GovernanceStage.COMPLETED || stage === GovernanceStage.EVALUATED ? stage : null;
}
