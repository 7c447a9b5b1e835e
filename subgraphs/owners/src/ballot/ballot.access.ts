import type { Caller } from '../../../platform/access/caller.js';
import { Role } from '../../../platform/access/role.js';

/**
 * Whether the caller casts a ballot as an owner (for their own units, in person) rather than entering paper and
 * proxy ballots for others: residents do; whoever else records ballots enters them (`mayRecordBallots`).
 */
export function castsAsOwner(caller: Caller): boolean {
  return caller.role === Role.RESIDENT;
}
