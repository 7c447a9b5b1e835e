import type { MatterStageCounts } from '../../../platform/governance/matter-stage-facts.js';
import { CobuildingProjectStatus as S } from '../project/project-status.js';

/**
 * A governance matter's facts (议事事项进展) from its linked projects, counted by status: planned and in-progress
 * projects are pending; completed and evaluated ones are completed; evaluated ones (评价 by the community for its
 * residents) are also evaluated; cancelled ones (终止) have failed.
 */
export function matterFactsFromCounts(counts: readonly { status: S; count: number }[]): MatterStageCounts {
  const of = (...statuses: S[]) => counts.filter((row) => statuses.includes(row.status)).reduce((total, row) => total + row.count, 0);
  return {
    linked: of(S.PLANNED, S.IN_PROGRESS, S.COMPLETED, S.EVALUATED, S.CANCELLED),
    pending: of(S.PLANNED, S.IN_PROGRESS),
    completed: of(S.COMPLETED, S.EVALUATED),
    evaluated: of(S.EVALUATED),
    failed: of(S.CANCELLED),
  };
}
