import type { MatterStageCounts } from '../../../platform/governance/matter-stage-facts.js';
import { MotionStatus } from '../assembly/assembly-kinds.js';
import { ResolutionOutcome } from '../resolution/resolution-outcome.js';

/** A motion linked to a governance matter, with the outcome of the resolution in force on it (null while none). */
export interface LinkedMotion {
  status: MotionStatus;
  outcome: ResolutionOutcome | null;
}

/**
 * The owners' facts about a governance matter (决议 stage), from the motions linked to it: a motion is pending while
 * open (or closed without a recorded resolution yet), completed when the resolution in force adopted it (PASSED),
 * failed when closed and not adopted (FAILED or NO_QUORUM). Motions are never evaluated.
 */
export function motionFacts(motions: readonly LinkedMotion[]): MatterStageCounts {
  const facts = { linked: motions.length, pending: 0, completed: 0, evaluated: 0, failed: 0 };
  for (const motion of motions) {
    if (motion.status === MotionStatus.OPEN || motion.outcome === null) facts.pending++;
    else if (motion.outcome === ResolutionOutcome.PASSED) facts.completed++;
    else facts.failed++;
  }
  return facts;
}
