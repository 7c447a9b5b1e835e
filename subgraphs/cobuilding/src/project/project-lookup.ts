import { forbidden, notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { actingUnitId } from '../access/area-management.js';
import { isInScope } from '../access/cobuilding-scope.js';
import type { CoBuildingProject } from './project.entity.js';

/** Loads a project the caller may read; one outside their scope is reported exactly like a missing one. */
export async function loadVisibleProject(ctx: CobuildingContext, id: string): Promise<CoBuildingProject> {
  const project = await ctx.loaders.project.load(requireId(id));
  if (!project || !isInScope(ctx.loaders.scope.project, project)) throw notFound('CoBuildingProject', id);
  return project;
}

/** A project the caller's own unit runs (JOINT_UNIT only). */
export async function loadOwnProject(ctx: CobuildingContext, id: string, what: string): Promise<CoBuildingProject> {
  const unitId = actingUnitId(ctx.caller, what);
  const project = await loadVisibleProject(ctx, id);
  if (project.unitId !== unitId) throw forbidden('This project is run by another unit: a unit manages only its own projects.');
  return project;
}
