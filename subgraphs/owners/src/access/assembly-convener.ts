import type { OwnersContext } from '../owners.loaders.js';
import type { OwnersAssembly } from '../assembly/owners-assembly.entity.js';
import { leadsPreparatoryWork } from '../formation/preparatory-group.access.js';
import { requireOwnCommittee } from './visible-record.js';
import { Role } from '../../../platform/access/role.js';

/**
 * Who closes an assembly's motions and publishes its resolutions: the neighborhood's committee in office, or — for an
 * assembly a preparatory group convened (the first assembly) — the street or community office acting for the group.
 */
export async function requireAssemblyConvener(ctx: OwnersContext, assembly: OwnersAssembly): Promise<void> {
  if (assembly.preparatoryGroupId && leadsPreparatoryWork(ctx.caller, assembly)) return;
  await requireOwnCommittee(ctx, assembly.neighborhoodId);
}

/** Roles that may enter paper and proxy ballots somewhere (the place is checked by `entersBallotsOn`). */
export function mayEnterBallots(caller: { role: Role }): boolean {
  return caller.role === Role.OWNERS_COMMITTEE || caller.role === Role.STREET || caller.role === Role.COMMUNITY;
}

/**
 * Who enters paper and proxy ballots (纸质票、委托投票) on a motion: the neighborhood's committee in office, or — at
 * an assembly a preparatory group convened, where no committee sits yet — the street or community office acting for
 * the group. Anyone else learns nothing about the motion.
 */
export async function entersBallotsOn(ctx: OwnersContext, motion: { id: string; neighborhoodId: string }): Promise<boolean> {
  if (ctx.caller.role === Role.OWNERS_COMMITTEE) return (await ctx.loaders.ownCommittee())?.neighborhoodId === motion.neighborhoodId;
  if (ctx.caller.role !== Role.STREET && ctx.caller.role !== Role.COMMUNITY) return false;
  const stored = await ctx.loaders.motion.load(motion.id);
  const assembly = stored ? await ctx.loaders.assembly.load(stored.assemblyId) : null;
  return Boolean(assembly?.preparatoryGroupId && leadsPreparatoryWork(ctx.caller, assembly));
}
