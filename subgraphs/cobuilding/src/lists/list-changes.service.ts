import { conflict, notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { assertMayCloseNeed, assertMayEditResource } from '../access/record-changes.access.js';
import { updateAtVersion } from '../../../platform/orm/expected-version.js';
import { loadVisibleNeed } from './need-lookup.js';
import { Need } from './need.entity.js';
import { CobuildingNeedStatus } from './need-status.js';
import { Resource } from './resource.entity.js';
import type { CloseNeedInput, UpdateResourceInput } from './list-changes.input.js';

/** A unit edits one of its own resources at the version it read. */
export async function updateResource(ctx: CobuildingContext, input: UpdateResourceInput): Promise<Resource> {
  const resource = await ctx.loaders.resource.load(requireId(input.id));
  if (!resource) throw notFound('CobuildingResource', input.id);
  assertMayEditResource(ctx.caller, resource);
  const changes: Partial<Resource> = {};
  if (input.title !== undefined) changes.title = input.title.trim();
  if (input.description !== undefined) changes.description = input.description.trim();
  if (input.category !== undefined) changes.category = input.category;
  return updateAtVersion(ctx.em, Resource, resource, input.expectedVersion, changes);
}

/** An area office closes an open need as met or withdrawn; when, why and who are kept, and no project may be planned for it. */
export async function closeNeed(ctx: CobuildingContext, input: CloseNeedInput): Promise<Need> {
  const need = await loadVisibleNeed(ctx, input.id);
  assertMayCloseNeed(ctx.caller, need);
  if (need.status !== CobuildingNeedStatus.OPEN) throw conflict(`This need is already ${need.status}.`, { status: need.status });
  const status = input.outcome as unknown as CobuildingNeedStatus;
  return updateAtVersion(
    ctx.em,
    Need,
    need,
    input.expectedVersion,
    { status, closedAt: ctx.clock.now(), closeReason: input.reason.trim(), closedBy: ctx.caller.subject },
    { status: CobuildingNeedStatus.OPEN },
  );
}
