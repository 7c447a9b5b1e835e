import type { Caller } from '../../../platform/access/caller.js';
import { effectiveGrant } from '../../../platform/access/place-grant.js';
import { Role } from '../../../platform/access/role.js';

/** Local voting rules are the district office's, for its own district only (地方表决规则). */
export function setsVotingRulesOf(caller: Caller, districtId: string): boolean {
  return caller.role === Role.DISTRICT && effectiveGrant(caller).districtIds.includes(districtId);
}

/** The district office delegates (and revokes) rules to streets of its own district only (授权). */
export function delegatesVotingRulesOf(caller: Caller, districtId: string): boolean {
  return setsVotingRulesOf(caller, districtId);
}

/** Only a district office delegates at all (checked before the place certificate is read). */
export function isDistrictOffice(caller: Caller): boolean {
  return caller.role === Role.DISTRICT;
}

/** A street's rules are its street office's, for its own street (and only while delegated, checked by the caller). */
export function setsStreetVotingRulesOf(caller: Caller, streetId: string): boolean {
  return caller.role === Role.STREET && effectiveGrant(caller).streetIds.includes(streetId);
}
