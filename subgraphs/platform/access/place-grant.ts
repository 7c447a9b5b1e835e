import type { Caller, PlaceGrant } from './caller.js';
import { Role } from './role.js';

type GrantLevel = keyof PlaceGrant;

/**
 * Which levels of a token's grant each role may use. A grant at any other level is ignored, so a mis-issued token
 * (a property company claiming a whole district) gains nothing. Residents' places come from what they own.
 */
const GRANT_LEVELS: Record<Role, readonly GrantLevel[]> = {
  [Role.DISTRICT]: ['districtIds'],
  [Role.STREET]: ['streetIds'],
  [Role.COMMUNITY]: ['communityIds'],
  [Role.PARTY_BRANCH]: ['communityIds', 'neighborhoodIds'],
  [Role.PROPERTY_COMPANY]: ['neighborhoodIds'],
  [Role.OWNERS_COMMITTEE]: ['neighborhoodIds'],
  [Role.JOINT_UNIT]: ['communityIds', 'neighborhoodIds'],
  // A resident's token lists their home neighborhoods (residentHomeNeighborhoodIds), which grant no reads.
  [Role.RESIDENT]: [],
};

/** The part of a caller's grant its role may use. */
export function effectiveGrant(caller: Caller): PlaceGrant {
  const allowed = new Set(GRANT_LEVELS[caller.role]);
  const pick = (level: GrantLevel) => (allowed.has(level) ? caller.grant[level] : []);
  return {
    districtIds: pick('districtIds'),
    streetIds: pick('streetIds'),
    communityIds: pick('communityIds'),
    neighborhoodIds: pick('neighborhoodIds'),
  };
}

/**
 * The neighborhoods a resident lives in or owns a unit in, as the identity side writes them into the token's
 * `grant.neighborhoodIds`. They do not widen what a resident reads (their grant levels are none); they say where
 * a resident may act for themself, e.g. post a micro-wish.
 */
export function residentHomeNeighborhoodIds(caller: Caller): readonly string[] {
  return caller.role === Role.RESIDENT ? caller.grant.neighborhoodIds : [];
}
