import { badUserInput, conflict, forbidden, notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import { MatterStep } from '../../../platform/access/matter-certificate.js';
import { todayInChina } from '../../../platform/calendar/calendar-day.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { actingUnitId, assertManagesArea } from '../access/area-management.js';
import { updateIf } from '../../../platform/orm/conditional-update.js';
import { CobuildingNeedStatus } from '../lists/need-status.js';
import { loadVisibleNeed } from '../lists/need-lookup.js';
import { Pairing } from '../pairing/pairing.entity.js';
import { isActivePairing } from '../pairing/pairing-period.js';
import { recordProjectServesMatter } from '../events/cobuilding.events.js';
import { CoBuildingProject } from './project.entity.js';
import { CobuildingProjectStatus } from './project-status.js';
import { assertCancellable, assertProjectStep, CANCELLABLE_STAGES, requiredStageBefore } from './project-lifecycle.js';
import { placeForMatter } from './matter-link.js';
import { assertMayCancelAsOffice, cancelsAsUnit } from './project.access.js';
import { loadOwnProject, loadVisibleProject } from './project-lookup.js';
import type { CancelCoBuildingProjectInput, CreateCoBuildingProjectInput, EvaluateCoBuildingProjectInput } from './project.input.js';

// A project's life (项目): planned by a unit for a need, started, completed, evaluated by the area, or cancelled.

/**
 * A unit runs projects only in a community it has a pairing with (the community itself or one of its
 * neighborhoods, 包保) in force today; the token's grant alone is not enough, as for volunteer activities.
 */
async function assertPairedToday(ctx: CobuildingContext, unitId: string, communityId: string): Promise<void> {
  const today = todayInChina(ctx.clock.now());
  const pairings = await ctx.em.find(Pairing, { unitId, communityId });
  if (!pairings.some((pairing) => isActivePairing(pairing, today))) {
    throw forbidden('Your unit has no pairing in force with this community: a unit runs projects only where it is paired.');
  }
}

/** Moves a project one stage on, in one conditional statement; a concurrent or out-of-order move gets CONFLICT. */
async function step(ctx: CobuildingContext, project: CoBuildingProject, next: CobuildingProjectStatus, changes: Partial<CoBuildingProject>) {
  assertProjectStep(project.status, next);
  const updated = await updateIf(ctx.em, CoBuildingProject, project, { status: requiredStageBefore(next)! }, { ...changes, status: next });
  if (!updated) {
    assertProjectStep(project.status, next);
    throw conflict('This project was changed by someone else just now: reload it.');
  }
  return updated;
}

/** Plans a project (立项) of the caller's unit: its own active resource, an open need, a community it is paired with today. */
export async function planProject(ctx: CobuildingContext, input: CreateCoBuildingProjectInput): Promise<CoBuildingProject> {
  const unitId = actingUnitId(ctx.caller, 'plan projects');
  const matter = input.matterCertificate === undefined || input.matterCertificate === null ? null : ctx.readMatterCertificate(input.matterCertificate, MatterStep.SERVE);
  const need = await loadVisibleNeed(ctx, input.needId);
  const resource = await ctx.loaders.resource.load(requireId(input.resourceId, 'resourceId'));
  if (!resource) throw notFound('CobuildingResource', input.resourceId);
  if (resource.unitId !== unitId) throw forbidden('This resource belongs to another unit: a unit plans projects only with its own resources.');
  if (!resource.active) throw conflict('This resource has been withdrawn: offer it again or choose another.');
  if (need.status !== CobuildingNeedStatus.OPEN) throw conflict(`This need is ${need.status}: plan projects only for open needs.`, { status: need.status });
  const place = matter ? placeForMatter(need, matter) : need;
  await assertPairedToday(ctx, unitId, place.communityId);
  const project = ctx.em.create(CoBuildingProject, {
    title: input.title.trim(),
    needId: need.id,
    resourceId: resource.id,
    unitId,
    districtId: place.districtId,
    streetId: place.streetId,
    communityId: place.communityId,
    neighborhoodId: place.neighborhoodId,
    governanceMatterId: matter?.matterId.toLowerCase() ?? null,
  });
  recordProjectServesMatter(ctx.em, project);
  await ctx.em.flush();
  return project;
}

/** Starts a planned project of the caller's unit (开始实施). */
export async function startProject(ctx: CobuildingContext, id: string): Promise<CoBuildingProject> {
  const project = await loadOwnProject(ctx, id, 'start projects');
  return step(ctx, project, CobuildingProjectStatus.IN_PROGRESS, { startedAt: ctx.clock.now() });
}

/** Completes a project of the caller's unit in progress, counting who benefited (完成). */
export async function completeProject(ctx: CobuildingContext, id: string, beneficiaries: number): Promise<CoBuildingProject> {
  const project = await loadOwnProject(ctx, id, 'complete projects');
  if (!Number.isInteger(beneficiaries) || beneficiaries < 0 || beneficiaries > 1_000_000) {
    throw badUserInput('beneficiaries must be a whole number from 0 to 1000000.', { field: 'beneficiaries' });
  }
  return step(ctx, project, CobuildingProjectStatus.COMPLETED, { completedAt: ctx.clock.now(), beneficiaries });
}

/** Evaluates a completed project (评价), by an office of its area. */
export async function evaluateProject(ctx: CobuildingContext, input: EvaluateCoBuildingProjectInput): Promise<CoBuildingProject> {
  const project = await loadVisibleProject(ctx, input.id);
  assertManagesArea(ctx.caller, project, 'evaluate projects');
  return step(ctx, project, CobuildingProjectStatus.EVALUATED, { evaluatedAt: ctx.clock.now(), rating: input.rating, evaluation: input.comment?.trim() ?? null });
}

/** Cancels a planned or running project (终止): its unit, or an office of its area. */
export async function cancelProject(ctx: CobuildingContext, input: CancelCoBuildingProjectInput): Promise<CoBuildingProject> {
  const asUnit = cancelsAsUnit(ctx.caller);
  const project = asUnit ? await loadOwnProject(ctx, input.id, 'cancel projects') : await loadVisibleProject(ctx, input.id);
  if (!asUnit) assertMayCancelAsOffice(ctx.caller, project);
  assertCancellable(project.status);
  const changes = { status: CobuildingProjectStatus.CANCELLED, cancelledAt: ctx.clock.now(), cancellationReason: input.reason.trim() };
  const updated = await updateIf(ctx.em, CoBuildingProject, project, { status: { $in: [...CANCELLABLE_STAGES] } }, changes);
  if (!updated) {
    assertCancellable(project.status);
    throw conflict('This project was changed by someone else just now: reload it.');
  }
  return updated;
}
