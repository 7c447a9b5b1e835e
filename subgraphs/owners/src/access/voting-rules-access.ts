import type { Caller } from '../../../platform/access/caller.js';
import { effectiveGrant } from '../../../platform/access/place-grant.js';
import { Role } from '../../../platform/access/role.js';

/** Local voting rules are the district office's, for its own district only (地方表决规则). */
export function setsVotingRulesOf(caller: Caller, districtId: string): boolean {
  return caller.role === Role.DISTRICT && effectiveGrant(caller).districtIds.includes(districtId);
}
