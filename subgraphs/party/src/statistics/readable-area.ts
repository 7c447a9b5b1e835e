import { readsArea } from '../access/party-access.js';
import type { PartyContext } from '../party.loaders.js';
import type { AreaLevel } from './party-statistics.js';

/**
 * Whether the caller reads the figures of an area (a district, street or community by its id): an area office whose
 * area holds it. A street or community unknown to the register is nobody's.
 */
export async function readsAreaOf(ctx: PartyContext, level: AreaLevel, id: string): Promise<boolean> {
  if (level === 'district') return readsArea(ctx.caller, { level, id, districtId: id, streetId: null });
  const place = await ctx.loaders.place.load(id);
  return !!place && readsArea(ctx.caller, { level, id, districtId: place.districtId, streetId: level === 'street' ? id : place.streetId });
}
