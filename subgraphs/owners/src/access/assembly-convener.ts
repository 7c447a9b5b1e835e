import type { OwnersContext } from '../owners.loaders.js';
import type { OwnersAssembly } from '../assembly/owners-assembly.entity.js';
import { leadsPreparatoryWork } from '../formation/preparatory-group.access.js';
import { requireOwnCommittee } from './visible-record.js';

/**
 * Who closes an assembly's motions and publishes its resolutions: the neighborhood's committee in office, or — for an
 * assembly a preparatory group convened (the first assembly) — the street or community office acting for the group.
 */
export async function requireAssemblyConvener(ctx: OwnersContext, assembly: OwnersAssembly): Promise<void> {
  if (assembly.preparatoryGroupId && leadsPreparatoryWork(ctx.caller, assembly)) return;
  await requireOwnCommittee(ctx, assembly.neighborhoodId);
}
