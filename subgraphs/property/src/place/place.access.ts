import type { Caller } from '../../../platform/access/caller.js';
import { Role } from '../../../platform/access/role.js';
import type { PropertyScope } from '../access/property-scope.js';

/**
 * Whether the caller may resolve a neighborhood by id here: a property company only where it holds an active contract
 * in this subgraph's database (its scope, read only for it), whatever its token's grant says; anyone else any id (the
 * fields filter their rows by the caller's scope).
 */
export async function mayResolveNeighborhood(caller: Caller, scope: () => Promise<PropertyScope>, neighborhoodId: string): Promise<boolean> {
  if (caller.role !== Role.PROPERTY_COMPANY) return true;
  return (await scope()).neighborhoodIds.has(neighborhoodId);
}
