import { badUserInput, conflict, notFound } from '../../platform/errors/error-codes.js';
import { requireId } from '../../platform/ids/id.js';
import { assertResponsibleFor, isResponsibleFor } from './access/party-access.js';
import type { PartyContext } from './party.loaders.js';
import { assertVersion } from './organization/organization-change.service.js';
import { loadRegisteredPlaces } from './organization/organization-lookup.js';
import { RegisteredPlaceLevel } from './place/place-register.entity.js';
import { PartyServiceStation } from './station/service-station.entity.js';
import { CentralHousehold } from './household/central-household.entity.js';
import { PartyReportIn } from './report-in/report-in.entity.js';
import { checkPairedHouseholds } from './report-in/report-in-pairing.js';
import type { EndPartyRecordInput, UpdateCentralHouseholdInput, UpdatePartyReportInInput, UpdatePartyServiceStationInput } from './party-record-change.input.js';

const SERVED = { min: 1, max: 20 };
const serverDay = (ctx: PartyContext) => ctx.clock.now().toISOString().slice(0, 10);

/** Stations are public; edits are the running organisation's party office's. */
async function loadStation(ctx: PartyContext, id: string, expectedVersion: number, action: string): Promise<PartyServiceStation> {
  const station = await ctx.em.findOne(PartyServiceStation, { id: requireId(id, 'id') });
  if (!station) throw notFound('PartyServiceStation', id);
  assertResponsibleFor(ctx.caller, (await ctx.loaders.organization.load(station.organizationId))!, action);
  assertVersion(station, expectedVersion, 'station');
  if (station.closedOn !== null) throw conflict(`This station was closed on ${station.closedOn}: a closed station is not changed.`);
  return station;
}

export async function updatePartyServiceStation(ctx: PartyContext, input: UpdatePartyServiceStationInput): Promise<PartyServiceStation> {
  const station = await loadStation(ctx, input.id, input.expectedVersion, 'edit service stations');
  if (input.name !== undefined) station.name = input.name.trim();
  if (input.floorArea !== undefined) station.floorArea = input.floorArea;
  if (input.openingHours !== undefined) station.openingHours = input.openingHours.trim();
  await ctx.em.flush();
  return station;
}

export async function closePartyServiceStation(ctx: PartyContext, input: EndPartyRecordInput): Promise<PartyServiceStation> {
  const station = await loadStation(ctx, input.id, input.expectedVersion, 'close service stations');
  station.closedOn = serverDay(ctx);
  station.closedBy = ctx.caller.subject;
  station.closeReason = input.reason.trim();
  await ctx.em.flush();
  return station;
}

/** Central households are read only by their organisation's party office: to anyone else one does not exist. */
async function loadHousehold(ctx: PartyContext, id: string, expectedVersion: number, action: string): Promise<CentralHousehold> {
  const household = await ctx.em.findOne(CentralHousehold, { id: requireId(id, 'id') });
  const organization = household ? await ctx.loaders.organization.load(household.organizationId) : null;
  if (!household || !organization || !isResponsibleFor(ctx.caller, organization)) throw notFound('CentralHousehold', id);
  assertResponsibleFor(ctx.caller, organization, action);
  assertVersion(household, expectedVersion, 'central household');
  if (household.endedOn !== null) throw conflict(`This central household ended on ${household.endedOn}: an ended one is not changed.`);
  return household;
}

export async function updateCentralHousehold(ctx: PartyContext, input: UpdateCentralHouseholdInput): Promise<CentralHousehold> {
  const household = await loadHousehold(ctx, input.id, input.expectedVersion, 'edit central households');
  const servedIds = input.servedUnitIds.map((id) => id.toLowerCase());
  if (servedIds.length < SERVED.min || servedIds.length > SERVED.max) {
    throw badUserInput(`A central household serves ${SERVED.min} to ${SERVED.max} households; you listed ${servedIds.length}.`, { field: 'servedUnitIds' });
  }
  if (new Set(servedIds).size !== servedIds.length || servedIds.includes(household.householdUnitId)) {
    throw badUserInput("servedUnitIds must list each household once and not the member's own.", { field: 'servedUnitIds' });
  }
  const home = (await ctx.loaders.place.load(household.householdUnitId))!;
  const served = await loadRegisteredPlaces(ctx, servedIds, RegisteredPlaceLevel.UNIT, 'servedUnitIds');
  if (served.some((unit) => unit.neighborhoodId !== home.neighborhoodId)) throw badUserInput("Every served household must be in the member's own neighborhood.", { field: 'servedUnitIds' });
  household.servedUnitIds = servedIds;
  await ctx.em.flush();
  return household;
}

export async function endCentralHousehold(ctx: PartyContext, input: EndPartyRecordInput): Promise<CentralHousehold> {
  const household = await loadHousehold(ctx, input.id, input.expectedVersion, 'end central households');
  household.endedOn = serverDay(ctx);
  household.endedBy = ctx.caller.subject;
  household.endReason = input.reason.trim();
  await ctx.em.flush();
  return household;
}

/** A report-in is changed by the party office responsible for the member's organisation, as it was recorded. */
async function loadReportIn(ctx: PartyContext, id: string, expectedVersion: number, action: string): Promise<PartyReportIn> {
  const reportIn = await ctx.em.findOne(PartyReportIn, { id: requireId(id, 'id') });
  const member = reportIn ? await ctx.loaders.member.load(reportIn.memberId) : null;
  const organization = member ? await ctx.loaders.organization.load(member.organizationId) : null;
  if (!reportIn || !organization) throw notFound('PartyReportIn', id);
  assertResponsibleFor(ctx.caller, organization, action);
  assertVersion(reportIn, expectedVersion, 'report-in');
  if (reportIn.endedOn !== null) throw conflict(`This report-in ended on ${reportIn.endedOn}: an ended one is not changed.`);
  return reportIn;
}

export async function updatePartyReportIn(ctx: PartyContext, input: UpdatePartyReportInInput): Promise<PartyReportIn> {
  const reportIn = await loadReportIn(ctx, input.id, input.expectedVersion, 'edit report-ins');
  const pairedIds = input.pairedUnitIds.map((id) => id.toLowerCase());
  checkPairedHouseholds(pairedIds);
  const units = await loadRegisteredPlaces(ctx, pairedIds, RegisteredPlaceLevel.UNIT, 'pairedUnitIds');
  if (units.some((unit) => unit.communityId !== reportIn.communityId)) throw badUserInput('Every paired household must be in the community reported to.', { field: 'pairedUnitIds' });
  reportIn.pairedUnitIds = pairedIds;
  await ctx.em.flush();
  return reportIn;
}

export async function endPartyReportIn(ctx: PartyContext, input: EndPartyRecordInput): Promise<PartyReportIn> {
  const reportIn = await loadReportIn(ctx, input.id, input.expectedVersion, 'end report-ins');
  reportIn.endedOn = serverDay(ctx);
  reportIn.endedBy = ctx.caller.subject;
  reportIn.endReason = input.reason.trim();
  await ctx.em.flush();
  return reportIn;
}
