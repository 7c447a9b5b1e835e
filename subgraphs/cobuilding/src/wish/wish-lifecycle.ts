import { conflict } from '../../../platform/errors/error-codes.js';
import { MicroWishStatus } from './wish-status.js';

/** What can happen to a micro-wish, the stages it may happen from, and the stage it leads to. */
export const WISH_STEPS = {
  claim: { from: [MicroWishStatus.OPEN], to: MicroWishStatus.CLAIMED },
  fulfil: { from: [MicroWishStatus.CLAIMED], to: MicroWishStatus.FULFILLED },
  confirm: { from: [MicroWishStatus.FULFILLED], to: MicroWishStatus.CONFIRMED },
  cancel: { from: [MicroWishStatus.OPEN, MicroWishStatus.CLAIMED], to: MicroWishStatus.CANCELLED },
  // The claimant gives it back (释放): it is open again for someone else to claim.
  release: { from: [MicroWishStatus.CLAIMED], to: MicroWishStatus.OPEN },
} as const satisfies Record<string, { from: readonly MicroWishStatus[]; to: MicroWishStatus }>;

export type WishStep = keyof typeof WISH_STEPS;

const DONE: Record<WishStep, string> = { claim: 'claimed', fulfil: 'fulfilled', confirm: 'confirmed', cancel: 'cancelled', release: 'given back' };

export function canTakeStep(current: MicroWishStatus, step: WishStep): boolean {
  return (WISH_STEPS[step].from as readonly MicroWishStatus[]).includes(current);
}

/** The CONFLICT a refused step gives: what stage the wish is at and what the step needs. */
export function wishStepConflict(current: MicroWishStatus, step: WishStep) {
  const needed = WISH_STEPS[step].from.join(' or ');
  return conflict(`This micro-wish is ${current}; it can be ${DONE[step]} only when ${needed}.`, {
    status: current,
  });
}

export function assertWishStep(current: MicroWishStatus, step: WishStep): void {
  if (!canTakeStep(current, step)) throw wishStepConflict(current, step);
}
