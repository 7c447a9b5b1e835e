import { notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { isInScope } from '../access/cobuilding-scope.js';
import type { Need } from './need.entity.js';

/** Loads a need the caller may read; one outside their scope is reported exactly like a missing one. */
export async function loadVisibleNeed(ctx: CobuildingContext, id: string): Promise<Need> {
  const need = await ctx.loaders.need.load(requireId(id));
  if (!need || !isInScope(ctx.loaders.scope.need, need)) throw notFound('CobuildingNeed', id);
  return need;
}
