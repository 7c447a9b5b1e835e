import type { Caller } from '../../../platform/access/caller.js';
import { Role } from '../../../platform/access/role.js';
import type { PlacePath } from '../../../platform/access/place-path.js';
import { inScope, type OwnersScope } from '../access/owners-scope.js';
import { mayEnterBallots } from '../access/assembly-convener.js';

/**
 * How much of a motion's ballots a caller sees (表决明细): ALL for the neighborhood's committee and the area offices
 * over it; OWN for a resident (the ballots of units they own); COUNTS for everyone else who can reach the motion
 * (party branch, property company): the figures by choice and the turnout, never who voted how.
 */
export type BallotView = 'ALL' | 'OWN' | 'COUNTS';

export function ballotView(caller: Caller, scope: OwnersScope, motion: PlacePath<'neighborhood'>): BallotView {
  if (caller.role === Role.RESIDENT) return 'OWN';
  const reads = inScope(scope, motion) && !scope.publishedOnly;
  if (reads && (caller.role === Role.OWNERS_COMMITTEE || caller.role === Role.DISTRICT || caller.role === Role.STREET || caller.role === Role.COMMUNITY)) return 'ALL';
  return 'COUNTS';
}

/**
 * Residents read the assemblies and motions of neighborhoods whose electorate lists them as an owner (their scope),
 * though they read resolutions only once published: an owner may check what is put to the vote and their own ballots.
 */
export function readsMotionsAsOwner(caller: Caller): boolean {
  return caller.role === Role.RESIDENT;
}

/** The person whose own records a resident reads (their ballots, their assemblies); null for every other role. */
export function ownerPersonOf(caller: Caller): string | null {
  return caller.role === Role.RESIDENT ? caller.personId : null;
}

/**
 * Roles that may record a ballot at all (checked further against the motion): an owner for their own units, and
 * those who enter paper and proxy ballots (`mayEnterBallots`: the committee, or a preparatory group's office).
 */
export function mayRecordBallots(caller: Caller): boolean {
  return caller.role === Role.RESIDENT || mayEnterBallots(caller);
}

/**
 * Whether the caller casts a ballot as an owner (for their own units, in person) rather than entering paper and
 * proxy ballots for others: residents do; whoever else records ballots enters them (`mayRecordBallots`).
 */
export function castsAsOwner(caller: Caller): boolean {
  return caller.role === Role.RESIDENT;
}
