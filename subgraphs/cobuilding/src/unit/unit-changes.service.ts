import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { conflict, notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { assertMayEndUnitPost, assertMayUpdateUnit } from '../access/record-changes.access.js';
import { isInScope } from '../access/cobuilding-scope.js';
import { todayInChina } from '../../../platform/calendar/calendar-day.js';
import { updateAtVersion } from '../../../platform/orm/expected-version.js';
import { updateIf } from '../../../platform/orm/conditional-update.js';
import { JointBuildingUnit } from './joint-building-unit.entity.js';
import { UnitPost } from './unit-post.entity.js';
import type { EndUnitPostInput, UpdateJointBuildingUnitInput } from './unit-changes.input.js';

/** A unit changes its own directory record, at the version it read; names stay unique. */
export async function updateJointBuildingUnit(ctx: CobuildingContext, input: UpdateJointBuildingUnitInput): Promise<JointBuildingUnit> {
  const id = requireId(input.id);
  assertMayUpdateUnit(ctx.caller, id);
  const unit = await ctx.loaders.unit.load(id);
  if (!unit) throw notFound('JointBuildingUnit', input.id);
  const changes: Partial<JointBuildingUnit> = {};
  if (input.name !== undefined) changes.name = input.name.trim();
  if (input.kind !== undefined) changes.kind = input.kind;
  if (input.partyOrganizationId !== undefined) changes.partyOrganizationId = input.partyOrganizationId.toLowerCase();
  try {
    return await updateAtVersion(ctx.em, JointBuildingUnit, unit, input.expectedVersion, changes);
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw conflict('Another unit in the directory already has this name: choose another.');
    throw error;
  }
}

/** Ends a post today (China's calendar on the server clock); the post stays with its last day, reason and who ended it. */
export async function endUnitPost(ctx: CobuildingContext, input: EndUnitPostInput): Promise<UnitPost> {
  const post = await ctx.em.findOne(UnitPost, { id: requireId(input.id) });
  if (!post || !isInScope(ctx.loaders.scope.unitPost, post)) throw notFound('JointUnitPost', input.id);
  assertMayEndUnitPost(ctx.caller, post);
  if (post.endedOn) throw conflict(`This post already ended on ${post.endedOn}.`);
  const today = todayInChina(ctx.clock.now());
  // A post recorded to start later than today ends on its first day: it was never held.
  const endedOn = post.since > today ? post.since : today;
  const ended = await updateIf(ctx.em, UnitPost, post, { endedOn: null }, { endedOn, endReason: input.reason.trim(), endedBy: ctx.caller.subject });
  if (!ended) throw conflict(`This post already ended on ${post.endedOn}.`);
  return ended;
}
