import type { Caller } from '../../../platform/access/caller.js';
import { AREA_ROLES, Role } from '../../../platform/access/role.js';
import { forbidden } from '../../../platform/errors/error-codes.js';
import { PersonView } from './person-view.js';

/** How much of a person the caller sees on the ordinary fields (see `PersonView`). */
export function personViewFor(caller: Caller, personId: string, inCallersScope: boolean): PersonView {
  if (caller.personId === personId) return PersonView.FULL;
  if (!inCallersScope || caller.role === Role.RESIDENT) return PersonView.MASKED;
  return PersonView.NAMED;
}

/** Roles that may unmask a person in their scope through `Person.contact(purpose)`: those who serve residents. */
export const CONTACT_ROLES: ReadonlySet<Role> = new Set([
  Role.DISTRICT,
  Role.STREET,
  Role.COMMUNITY,
  Role.PARTY_BRANCH,
  Role.PROPERTY_COMPANY,
  Role.OWNERS_COMMITTEE,
]);

/** Residents do not list other people; everyone else lists those in the places it may read. */
export function assertMayListPersons(caller: Caller): void {
  if (caller.role === Role.RESIDENT) throw forbidden('Residents cannot list other people; use `me` for your own record.');
}

/** Only area workers look people up by resident ID number. */
export function assertMayLookUpIdNumber(caller: Caller): void {
  if (!AREA_ROLES.has(caller.role)) throw forbidden('Only district, street and community workers may look people up by ID number.');
}

/**
 * Full contact details go to the person themself, or to a role serving residents for a person in its places
 * (`inScope` is asked only for such a role).
 */
export async function assertMayReadContact(caller: Caller, personId: string, inScope: () => Promise<boolean>): Promise<void> {
  const self = caller.personId === personId;
  if (!self && !(CONTACT_ROLES.has(caller.role) && (await inScope()))) {
    throw forbidden('You may see full contact details only of people in the places you serve.');
  }
}
