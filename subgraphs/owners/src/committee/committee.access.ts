import { effectiveGrant } from '../../../platform/access/place-grant.js';
import { Role } from '../../../platform/access/role.js';
import { forbidden } from '../../../platform/errors/error-codes.js';
import type { OwnersContext } from '../owners.loaders.js';
import type { OwnersCommittee } from './owners-committee.entity.js';

/** Who records that a member left office: the committee itself (a resignation it received) or the street office of its street. */
export async function requireMembershipKeeper(ctx: OwnersContext, committee: OwnersCommittee): Promise<void> {
  if (ctx.caller.role === Role.STREET && effectiveGrant(ctx.caller).streetIds.includes(committee.streetId)) return;
  const own = await ctx.loaders.ownCommittee();
  if (own?.id === committee.id) return;
  throw forbidden("Only the committee itself or the street office of its street records a member's leaving.");
}
