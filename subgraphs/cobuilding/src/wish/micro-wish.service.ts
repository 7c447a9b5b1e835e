import { updateIf } from '../../../platform/orm/conditional-update.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { recordWishEvent } from '../events/cobuilding.events.js';
import { MicroWish } from './micro-wish.entity.js';
import { assertWishStep, WISH_STEPS, wishStepConflict, type WishStep } from './wish-lifecycle.js';

/** Takes one step in one conditional statement; if someone else got there first, CONFLICT says what stage it is at. */
export async function takeWishStep(ctx: CobuildingContext, wish: MicroWish, step: WishStep, changes: Partial<MicroWish>): Promise<MicroWish> {
  assertWishStep(wish.status, step);
  // The step and its event commit together.
  return ctx.em.transactional(async (tx) => {
    const updated = await updateIf(tx, MicroWish, wish, { status: { $in: [...WISH_STEPS[step].from] } }, { ...changes, status: WISH_STEPS[step].to });
    if (!updated) throw wishStepConflict(wish.status, step);
    recordWishEvent(tx, updated, step);
    return updated;
  });
}
