import type { CobuildingContext } from '../cobuilding.loaders.js';
import { assertMayReleaseWish } from '../access/record-changes.access.js';
import { recordWishEvent } from '../events/cobuilding.events.js';
import { updateIf } from '../../../platform/orm/conditional-update.js';
import { loadVisibleWish } from './wish-lookup.js';
import { MicroWish } from './micro-wish.entity.js';
import { MicroWishRelease } from './micro-wish-release.entity.js';
import { WISH_STEPS, assertWishStep, wishStepConflict } from './wish-lifecycle.js';
import type { ReleaseMicroWishInput } from './wish-wall.input.js';

/**
 * The claimant gives a claimed wish back: it is OPEN again, and the claim (who, when claimed, when given back, why) is
 * appended to its history, in one transaction with its event. A wish fulfilled or given back meanwhile is CONFLICT.
 */
export async function releaseMicroWish(ctx: CobuildingContext, input: ReleaseMicroWishInput): Promise<MicroWish> {
  const wish = await loadVisibleWish(ctx, input.id);
  assertMayReleaseWish(ctx.caller, wish);
  assertWishStep(wish.status, 'release');
  const claim = { personId: wish.claimantPersonId, unitId: wish.claimantUnitId, claimedAt: wish.claimedAt };
  return ctx.em.transactional(async (tx) => {
    const condition = { status: { $in: [...WISH_STEPS.release.from] }, claimantPersonId: claim.personId, claimantUnitId: claim.unitId };
    const updated = await updateIf(tx, MicroWish, wish, condition, { status: WISH_STEPS.release.to, claimantPersonId: null, claimantUnitId: null, claimedAt: null });
    if (!updated) throw wishStepConflict(wish.status, 'release');
    tx.create(MicroWishRelease, {
      wishId: wish.id,
      releasedByPersonId: claim.personId,
      releasedByUnitId: claim.unitId,
      claimedAt: claim.claimedAt,
      reason: input.reason.trim(),
      releasedAt: ctx.clock.now(),
      districtId: wish.districtId,
      streetId: wish.streetId,
      communityId: wish.communityId,
      neighborhoodId: wish.neighborhoodId,
    });
    recordWishEvent(tx, updated, 'release');
    await tx.flush();
    return updated;
  });
}
