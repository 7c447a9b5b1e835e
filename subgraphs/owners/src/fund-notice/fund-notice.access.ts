import type { OwnersContext } from '../owners.loaders.js';
import { inScope } from '../access/owners-scope.js';
import type { PlacePath } from '../../../platform/access/place-path.js';
import { readsMotionsAsOwner } from '../ballot/ballot.access.js';
import { requireOwnCommittee } from '../access/visible-record.js';
import type { OwnersCommittee } from '../committee/owners-committee.entity.js';

/**
 * Who reads a neighborhood's fund notices: whoever reads its fund ledger (the committee, the area offices, the
 * party branch and the neighborhood's owners). The posted notice itself is public through its code.
 */
export async function readsFundRecord(ctx: OwnersContext, record: PlacePath<'neighborhood'>): Promise<boolean> {
  const scope = await ctx.loaders.scope();
  return inScope(scope, record) && (!scope.publishedOnly || readsMotionsAsOwner(ctx.caller));
}

/** Who publishes a fund notice: the owners' committee in office, for its own neighborhood. */
export function requireFundNoticePublisher(ctx: OwnersContext): Promise<OwnersCommittee> {
  return requireOwnCommittee(ctx);
}
