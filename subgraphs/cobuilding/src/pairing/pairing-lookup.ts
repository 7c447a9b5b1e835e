import { notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { isInScope } from '../access/cobuilding-scope.js';
import type { Pairing } from './pairing.entity.js';

/** Loads a pairing the caller may read; one outside their scope is reported exactly like a missing one. */
export async function loadVisiblePairing(ctx: CobuildingContext, id: string): Promise<Pairing> {
  const pairing = await ctx.loaders.pairing.load(requireId(id));
  if (!pairing || !isInScope(ctx.loaders.scope.pairing, pairing)) throw notFound('Pairing', id);
  return pairing;
}
