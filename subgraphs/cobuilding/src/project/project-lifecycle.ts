import { conflict } from '../../../platform/errors/error-codes.js';
import { CobuildingProjectStatus } from './project-status.js';

const ORDER = [CobuildingProjectStatus.PLANNED, CobuildingProjectStatus.IN_PROGRESS, CobuildingProjectStatus.COMPLETED, CobuildingProjectStatus.EVALUATED];

/** The stage a project must be at to move to `next`: the one just before it (no skipping, no going back). */
export function requiredStageBefore(next: CobuildingProjectStatus): CobuildingProjectStatus | null {
  const index = ORDER.indexOf(next);
  return index > 0 ? ORDER[index - 1] : null;
}

/** Refuses any move but one step forward: planned → in progress → completed → evaluated. */
export function assertProjectStep(current: CobuildingProjectStatus, next: CobuildingProjectStatus): void {
  if (requiredStageBefore(next) !== current) {
    throw conflict(`This project is ${current}; it can become ${next} only from ${requiredStageBefore(next) ?? 'nothing'}.`, {
      status: current,
    });
  }
}

/** The stages a project may be cancelled from: not yet done. */
export const CANCELLABLE_STAGES: readonly CobuildingProjectStatus[] = [CobuildingProjectStatus.PLANNED, CobuildingProjectStatus.IN_PROGRESS];

/** Refuses cancelling a project that is already done or cancelled. */
export function assertCancellable(current: CobuildingProjectStatus): void {
  if (!CANCELLABLE_STAGES.includes(current)) {
    throw conflict(`This project is ${current}; only a PLANNED or IN_PROGRESS project can be cancelled.`, { status: current });
  }
}
