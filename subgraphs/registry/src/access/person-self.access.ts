import type { Caller } from '../../../platform/access/caller.js';
import { Role } from '../../../platform/access/role.js';
import { forbidden } from '../../../platform/errors/error-codes.js';

/** The person a resident's token names: only they correct their own contact details; offices use updatePerson. */
export function selfPersonId(caller: Caller): string {
  if (caller.role !== Role.RESIDENT || !caller.personId) {
    throw forbidden('Only a resident (RESIDENT) corrects their own phone; community, street and district offices use updatePerson.');
  }
  return caller.personId;
}
