import { conflict, notFound } from '../../../platform/errors/error-codes.js';
import { assertAtVersion } from '../../../platform/orm/expected-version.js';
import { requireId } from '../../../platform/ids/id.js';
import type { PartyContext } from '../party.loaders.js';
import { loadRegisteredPlaces } from '../organization/organization-lookup.js';
import { RegisteredPlaceLevel } from '../place/place-register.entity.js';
import { checkTerm } from '../post/post-term.js';
import { NeighborhoodHead } from './neighborhood-head.entity.js';
import type { AppointNeighborhoodHeadInput, EndNeighborhoodHeadInput } from './neighborhood-head.input.js';
import { assertMayManageHeads } from './neighborhood-head.access.js';
import { checkHeadPlace, serverDay } from './neighborhood-head.rules.js';
import { recordHeadEvent } from './neighborhood-head.events.js';
import { mayReadHead } from './neighborhood-head-lookup.js';

/**
 * Appoints a building, entrance or grid head (任命三长) in a neighborhood of the party register: the party office
 * responsible for its branch; one head in office per building, entrance or grid for any part of the term.
 */
export async function appointNeighborhoodHead(ctx: PartyContext, input: AppointNeighborhoodHeadInput): Promise<NeighborhoodHead> {
  checkHeadPlace(input);
  checkTerm(input.termStart, input.termEnd);
  const [building] = input.buildingId ? await loadRegisteredPlaces(ctx, [input.buildingId], RegisteredPlaceLevel.BUILDING, 'buildingId') : [null];
  const [neighborhood] = await loadRegisteredPlaces(ctx, [building?.neighborhoodId ?? input.neighborhoodId!], RegisteredPlaceLevel.NEIGHBORHOOD, 'neighborhoodId');
  const branch = await ctx.loaders.branchOfNeighborhood.load(neighborhood.id);
  assertMayManageHeads(ctx.caller, branch, 'appoint heads');
  const gridName = input.gridName?.trim() ?? null;
  const entranceNumber = input.entranceNumber ?? null;
  const holders = await ctx.loaders.heads.headsOfNeighborhood.load(neighborhood.id);
  const samePlace = holders.filter((head) => head.kind === input.kind && head.buildingId === (building?.id ?? null) && head.entranceNumber === entranceNumber && head.gridName === gridName);
  if (samePlace.some((head) => head.termStart <= input.termEnd && input.termStart <= head.termEnd && (head.endedOn === null || head.endedOn > input.termStart))) {
    throw conflict(`This ${input.kind === 'GRID_HEAD' ? 'grid' : input.kind === 'ENTRANCE_HEAD' ? 'entrance' : 'building'} already has a head for part of that term: end that appointment first.`);
  }
  const head = ctx.em.create(NeighborhoodHead, {
    kind: input.kind,
    selection: input.selection,
    personId: input.personId.toLowerCase(),
    organizationId: branch.id,
    neighborhoodId: neighborhood.id,
    buildingId: building?.id ?? null,
    entranceNumber,
    gridName,
    termStart: input.termStart,
    termEnd: input.termEnd,
    appointedBy: ctx.caller.subject,
    districtId: neighborhood.districtId,
    streetId: neighborhood.streetId,
    communityId: neighborhood.communityId,
  });
  recordHeadEvent(ctx.em, head, 'party.head.appointed');
  await ctx.em.flush();
  return head;
}

/** Ends a head appointment early (免职/辞任) on the server's day, at the version read; the record stays as history. */
export async function endNeighborhoodHead(ctx: PartyContext, input: EndNeighborhoodHeadInput): Promise<NeighborhoodHead> {
  const head = await ctx.loaders.heads.head.load(requireId(input.headId, 'headId'));
  if (!head || !(await mayReadHead(ctx, head))) throw notFound('NeighborhoodHead', input.headId);
  assertMayManageHeads(ctx.caller, await ctx.loaders.organization.load(head.organizationId), 'end heads');
  assertAtVersion(head, input.expectedVersion, { noun: 'appointment', versionExtension: false });
  const day = serverDay(ctx.clock);
  if (head.endedOn !== null || head.termEnd < day) throw conflict('This appointment has already ended or its term is over.');
  // One not yet begun is withdrawn: it ends on its first day, so it never was in force.
  head.endedOn = day < head.termStart ? head.termStart : day;
  head.endedBy = ctx.caller.subject;
  head.endReason = input.reason.trim();
  recordHeadEvent(ctx.em, head, 'party.head.ended');
  await ctx.em.flush();
  return head;
}
