import { conflict, badUserInput } from '../../../platform/errors/error-codes.js';
import { assertAtVersion } from '../../../platform/orm/expected-version.js';
import { assertAreaOfficeAbove, assertResponsibleFor } from '../access/party-access.js';
import type { PartyContext } from '../party.loaders.js';
import { PartyMember } from '../member/member.entity.js';
import { PartyOrganization } from './organization.entity.js';
import { PartyOrganizationKind as Kind } from './organization-kinds.js';
import { loadOrganization } from './organization-lookup.js';
import { PARENT_KINDS } from './organization-placement.js';
import type { DissolvePartyOrganizationInput, MovePartyOrganizationInput, UpdatePartyOrganizationInput } from './organization-change.input.js';

/** A stale write is refused before anything is changed, in this subgraph's words (the record named, no extension). */
export function assertVersion(record: { version: number }, expected: number, what: string): void {
  assertAtVersion(record, expected, { noun: what, versionExtension: false });
}

function assertStanding(organization: PartyOrganization): void {
  if (organization.dissolvedOn !== null) throw conflict(`${organization.name} was dissolved on ${organization.dissolvedOn}: a dissolved organisation is not changed.`);
}

/** Edits the name and contact details; the area offices above it. */
export async function updatePartyOrganization(ctx: PartyContext, input: UpdatePartyOrganizationInput): Promise<PartyOrganization> {
  const organization = await loadOrganization(ctx, input.id);
  assertAreaOfficeAbove(ctx.caller, organization, 'edit');
  assertVersion(organization, input.expectedVersion, 'organisation');
  assertStanding(organization);
  if (input.name !== undefined) {
    if (!input.name.trim()) throw badUserInput('name must not be blank.', { field: 'name' });
    organization.name = input.name.trim();
  }
  if (input.contactPhone !== undefined) organization.contactPhone = input.contactPhone.trim() || null;
  if (input.officeAddress !== undefined) organization.officeAddress = input.officeAddress.trim() || null;
  await ctx.em.flush();
  return organization;
}

/**
 * Dissolves an organisation (撤销): only once nobody's membership is held there and every organisation below it is
 * dissolved or moved, so no member or group is left without an organisation. The row stays with who, when, why.
 */
export async function dissolvePartyOrganization(ctx: PartyContext, input: DissolvePartyOrganizationInput): Promise<PartyOrganization> {
  const organization = await loadOrganization(ctx, input.id);
  assertAreaOfficeAbove(ctx.caller, organization, 'dissolve');
  assertVersion(organization, input.expectedVersion, 'organisation');
  assertStanding(organization);
  const members = await ctx.em.count(PartyMember, { organizationId: organization.id, leftOn: null });
  const children = await ctx.em.count(PartyOrganization, { parentId: organization.id, dissolvedOn: null });
  if (members > 0 || children > 0) {
    throw conflict(
      `${organization.name} still holds ${members} member(s) and ${children} organisation(s) below it: transfer the members (transferPartyMember) and dissolve or move the organisations below (movePartyOrganization) first.`,
      { members, children },
    );
  }
  organization.dissolvedOn = ctx.clock.now().toISOString().slice(0, 10);
  organization.dissolvedBy = ctx.caller.subject;
  organization.dissolutionReason = input.reason.trim();
  await ctx.em.flush();
  return organization;
}

/**
 * Moves an organisation under another parent, with its whole subtree: the caller is an area office above it and
 * responsible for the new parent; the parent's kind fits; the organisation's places lie inside the new parent's.
 * A company's or retired members' branch takes the new parent's street and community (and so do its members).
 */
export async function movePartyOrganization(ctx: PartyContext, input: MovePartyOrganizationInput): Promise<PartyOrganization> {
  const organization = await loadOrganization(ctx, input.id);
  assertAreaOfficeAbove(ctx.caller, organization, 'move');
  const parent = await loadOrganization(ctx, input.parentId, 'parentId');
  assertResponsibleFor(ctx.caller, parent, 'move organisations');
  assertVersion(organization, input.expectedVersion, 'organisation');
  assertStanding(organization);
  const allowed = PARENT_KINDS[organization.kind];
  if (!allowed) throw badUserInput(`A ${organization.kind} has no parent in the street's tree: it cannot be moved.`, { field: 'id' });
  if (!allowed.includes(parent.kind)) throw badUserInput(`A ${organization.kind} goes under a ${allowed.join(' or ')}, not under a ${parent.kind}.`, { field: 'parentId' });
  if (parent.dissolvedOn !== null) throw badUserInput('The new parent has been dissolved: choose one that stands.', { field: 'parentId' });
  if (parent.id === organization.id || parent.ancestorIds.includes(organization.id)) throw badUserInput('An organisation cannot move under itself or under one below it.', { field: 'parentId' });
  if (parent.id === organization.parentId) throw badUserInput('It already sits under that parent.', { field: 'parentId' });
  if (parent.districtId !== organization.districtId) throw badUserInput('The new parent is in another district: an organisation moves within its district.', { field: 'parentId' });
  if (organization.kind === Kind.NEIGHBORHOOD_BRANCH && parent.communityId !== organization.communityId) {
    throw badUserInput("The branch's neighborhoods are not in the new parent's community.", { field: 'parentId' });
  }
  if (organization.kind === Kind.BUILDING_GROUP && !parent.neighborhoodIds.some((id) => organization.neighborhoodIds.includes(id))) {
    throw badUserInput("The group's building is not in one of the new parent branch's neighborhoods.", { field: 'parentId' });
  }
  if (organization.kind === Kind.COMMUNITY_COMMITTEE && parent.streetId !== organization.streetId) {
    throw badUserInput("The committee's community is not in the new working committee's street.", { field: 'parentId' });
  }
  const takesParentArea = organization.kind === Kind.PROPERTY_COMPANY_BRANCH || organization.kind === Kind.RETIRED_MEMBERS_BRANCH;
  const oldPath = [...organization.ancestorIds, organization.id];
  const newPath = [...parent.ancestorIds, parent.id, organization.id];
  const below = await ctx.em.find(PartyOrganization, { ancestorIds: { $contains: [organization.id] } });
  for (const moved of [organization, ...below]) {
    moved.ancestorIds = moved === organization ? [...parent.ancestorIds, parent.id] : [...newPath, ...moved.ancestorIds.slice(oldPath.length)];
    if (takesParentArea) {
      moved.streetId = parent.streetId;
      moved.communityId = parent.communityId;
    }
  }
  organization.parentId = parent.id;
  if (takesParentArea) {
    await ctx.em.nativeUpdate(PartyMember, { organizationId: { $in: [organization.id, ...below.map((row) => row.id)] } }, { streetId: parent.streetId, communityId: parent.communityId });
  }
  await ctx.em.flush();
  return organization;
}
