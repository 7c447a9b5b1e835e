import type { PartyContext } from '../party.loaders.js';
import type { NeighborhoodHead } from './neighborhood-head.entity.js';
import { mayReadHeadsOf } from './neighborhood-head.access.js';
import { isInForce, serverDay } from './neighborhood-head.rules.js';

/** Whether the caller may read this appointment: the same rule on every path (root, nested, by person). */
export async function mayReadHead(ctx: PartyContext, head: NeighborhoodHead): Promise<boolean> {
  const [place, branch] = await Promise.all([ctx.loaders.place.load(head.neighborhoodId), ctx.loaders.organization.load(head.organizationId)]);
  return place !== null && mayReadHeadsOf(ctx.caller, place, branch, head.personId);
}

/** The heads of a list the caller may read, in office today unless `includeEnded`. */
export async function visibleHeads(ctx: PartyContext, heads: NeighborhoodHead[], includeEnded: boolean): Promise<NeighborhoodHead[]> {
  const day = serverDay(ctx.clock);
  const allowed = await Promise.all(heads.map((head) => mayReadHead(ctx, head)));
  return heads.filter((head, index) => allowed[index] && (includeEnded || isInForce(head, day)));
}
