import { notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import type { JointBuildingUnit } from './joint-building-unit.entity.js';
import { assertMayReadUnits } from './joint-building-unit.access.js';

/** Loads a unit of the directory, for a caller who may read it (every role but RESIDENT). */
export async function loadUnit(ctx: CobuildingContext, id: string): Promise<JointBuildingUnit> {
  assertMayReadUnits(ctx.caller);
  const unit = await ctx.loaders.unit.load(requireId(id));
  if (!unit) throw notFound('JointBuildingUnit', id);
  return unit;
}
