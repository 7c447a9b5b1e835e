import { forbidden } from '../../../platform/errors/error-codes.js';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { actingUnitId } from '../access/area-management.js';
import { Pairing } from '../pairing/pairing.entity.js';
import { UnitPost } from './unit-post.entity.js';
import { UnitReportIn } from './unit-report-in.entity.js';
import type { AppointUnitPostInput, ReportInInput } from './joint-building-unit.input.js';

// What a joint-building unit records for itself towards a community it is paired with; the place is its pairing's.

/** Records that a person holds a post for the caller's unit towards a paired community (共建单位职务). */
export async function appointUnitPost(ctx: CobuildingContext, input: AppointUnitPostInput): Promise<UnitPost> {
  const unitId = actingUnitId(ctx.caller, 'appoint unit posts');
  const pairing = await ctx.em.findOne(Pairing, { unitId, communityId: input.communityId.toLowerCase() }, { orderBy: { endsOn: 'desc' } });
  if (!pairing) throw forbidden('Your unit is not paired with this community: posts serve a paired community.');
  const post = ctx.em.create(UnitPost, {
    unitId,
    personId: input.personId.toLowerCase(),
    title: input.title,
    communityId: pairing.communityId,
    streetId: pairing.streetId,
    districtId: pairing.districtId,
    since: input.since,
  });
  await ctx.em.flush();
  return post;
}

/** Records the caller's unit's report-in to a paired community for a year (单位双报到). */
export async function recordUnitReportIn(ctx: CobuildingContext, input: ReportInInput): Promise<UnitReportIn> {
  const unitId = actingUnitId(ctx.caller, 'report in to a community');
  const pairing = await ctx.em.findOne(Pairing, { unitId, communityId: input.communityId.toLowerCase() }, { orderBy: { endsOn: 'desc' } });
  if (!pairing) throw forbidden('Your unit is not paired with this community: a unit reports in where it is paired.');
  const reportIn = ctx.em.create(UnitReportIn, {
    unitId,
    districtId: pairing.districtId,
    streetId: pairing.streetId,
    communityId: pairing.communityId,
    year: input.year,
    memberCount: input.memberCount,
  });
  await ctx.em.flush();
  return reportIn;
}
