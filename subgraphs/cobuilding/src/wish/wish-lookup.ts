import { notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { isInScope } from '../access/cobuilding-scope.js';
import type { MicroWish } from './micro-wish.entity.js';

/** Loads a micro-wish the caller may read; one outside their scope is reported exactly like a missing one. */
export async function loadVisibleWish(ctx: CobuildingContext, id: string): Promise<MicroWish> {
  const wish = await ctx.loaders.wish.load(requireId(id));
  if (!wish || !isInScope(ctx.loaders.scope.wish, wish)) throw notFound('MicroWish', id);
  return wish;
}
