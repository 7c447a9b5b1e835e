import { badUserInput, conflict } from '../../../platform/errors/error-codes.js';
import { assertResponsibleFor } from '../access/party-access.js';
import type { PartyContext } from '../party.loaders.js';
import { RegisteredPlaceLevel } from '../place/place-register.entity.js';
import { PartyMember } from '../member/member.entity.js';
import { PartyMemberCategory } from '../member/member-kinds.js';
import { PartyOrganization } from './organization.entity.js';
import { PartyBranchForm, PartyOrganizationKind as Kind } from './organization-kinds.js';
import { checkBranchFormation } from './branch-formation.js';
import { loadOrganization, loadRegisteredPlaces } from './organization-lookup.js';
import type { CreatePartyOrganizationInput } from './organization.input.js';
import { assertDistrictOfficeOf } from './organization.access.js';

/** Which kinds each kind may sit under; absent means it is a root. */
export const PARENT_KINDS: Partial<Record<Kind, readonly Kind[]>> = {
  [Kind.COMMUNITY_COMMITTEE]: [Kind.STREET_WORKING_COMMITTEE],
  [Kind.NEIGHBORHOOD_BRANCH]: [Kind.COMMUNITY_COMMITTEE],
  [Kind.BUILDING_GROUP]: [Kind.NEIGHBORHOOD_BRANCH],
  [Kind.PROPERTY_COMPANY_BRANCH]: [Kind.STREET_WORKING_COMMITTEE, Kind.COMMUNITY_COMMITTEE],
  [Kind.RETIRED_MEMBERS_BRANCH]: [Kind.STREET_WORKING_COMMITTEE, Kind.COMMUNITY_COMMITTEE],
};

type Placement = Pick<
  PartyOrganization,
  'parentId' | 'ancestorIds' | 'districtId' | 'streetId' | 'communityId' | 'neighborhoodIds' | 'buildingId' | 'hostOrganizationId' | 'form' | 'formationOverrideReason' | 'formationOverriddenBy'
>;

function refuseField(input: CreatePartyOrganizationInput, fields: (keyof CreatePartyOrganizationInput)[]): void {
  for (const field of fields) {
    if (input[field] !== undefined) throw badUserInput(`${field} does not apply to a ${input.kind}: leave it out.`, { field });
  }
}

async function assertNoneYet(ctx: PartyContext, where: Record<string, unknown>, message: string): Promise<void> {
  if ((await ctx.em.count(PartyOrganization, where)) > 0) throw conflict(message);
}

/**
 * Where a new organisation goes and whether the caller may put it there: checks the parent's kind and the
 * caller's responsibility for the parent, that its places lie inside the parent's (from the party's place register),
 * that nothing is covered twice, and for a SINGLE branch the 3-formal-members rule.
 */
export async function placeOrganization(ctx: PartyContext, input: CreatePartyOrganizationInput): Promise<Placement> {
  const allowedParents = PARENT_KINDS[input.kind];
  const base: Placement = {
    parentId: null, ancestorIds: [], districtId: '', streetId: null, communityId: null, neighborhoodIds: [], buildingId: null,
    hostOrganizationId: null, form: null, formationOverrideReason: null, formationOverriddenBy: null,
  };
  if (!allowedParents) {
    if (input.parentId) throw badUserInput(`A ${input.kind} has no parent in the street's tree: leave parentId out.`, { field: 'parentId' });
    if (input.kind === Kind.STREET_WORKING_COMMITTEE) {
      refuseField(input, ['communityId', 'districtId', 'form', 'neighborhoodIds', 'buildingId', 'hostOrganizationId', 'formationOverrideReason']);
      if (!input.streetId) throw badUserInput('A STREET_WORKING_COMMITTEE needs streetId: the street it leads.', { field: 'streetId' });
      const [street] = await loadRegisteredPlaces(ctx, [input.streetId], RegisteredPlaceLevel.STREET, 'streetId');
      assertDistrictOfficeOf(ctx.caller, street.districtId, 'a street working committee');
      await assertNoneYet(ctx, { kind: Kind.STREET_WORKING_COMMITTEE, streetId: street.id }, 'This street already has a working committee.');
      return { ...base, districtId: street.districtId, streetId: street.id };
    }
    refuseField(input, ['streetId', 'communityId', 'form', 'neighborhoodIds', 'buildingId', 'formationOverrideReason']);
    if (!input.districtId || !input.hostOrganizationId) {
      throw badUserInput('A JOINT_UNIT_ORGANIZATION needs districtId and hostOrganizationId (the JointBuildingUnit).', { field: input.districtId ? 'hostOrganizationId' : 'districtId' });
    }
    assertDistrictOfficeOf(ctx.caller, input.districtId, "a joint-building unit's party organisation");
    await assertNoneYet(ctx, { hostOrganizationId: input.hostOrganizationId }, 'This unit already has a party organisation.');
    return { ...base, districtId: input.districtId, hostOrganizationId: input.hostOrganizationId };
  }

  if (!input.parentId) throw badUserInput(`A ${input.kind} needs parentId: a ${allowedParents.join(' or ')}.`, { field: 'parentId' });
  const parent = await loadOrganization(ctx, input.parentId, 'parentId');
  assertResponsibleFor(ctx.caller, parent, 'create organisations');
  if (!allowedParents.includes(parent.kind)) {
    throw badUserInput(`A ${input.kind} goes under a ${allowedParents.join(' or ')}, not under a ${parent.kind}.`, { field: 'parentId' });
  }
  const placed: Placement = {
    ...base,
    parentId: parent.id,
    ancestorIds: [...parent.ancestorIds, parent.id],
    districtId: parent.districtId,
    streetId: parent.streetId,
    communityId: parent.communityId,
  };

  switch (input.kind) {
    case Kind.COMMUNITY_COMMITTEE: {
      refuseField(input, ['streetId', 'districtId', 'form', 'neighborhoodIds', 'buildingId', 'hostOrganizationId', 'formationOverrideReason']);
      if (!input.communityId) throw badUserInput('A COMMUNITY_COMMITTEE needs communityId: the community it leads.', { field: 'communityId' });
      const [community] = await loadRegisteredPlaces(ctx, [input.communityId], RegisteredPlaceLevel.COMMUNITY, 'communityId');
      if (community.streetId !== parent.streetId) throw badUserInput("communityId is not in the parent working committee's street.", { field: 'communityId' });
      await assertNoneYet(ctx, { kind: Kind.COMMUNITY_COMMITTEE, communityId: community.id, dissolvedOn: null }, 'This community already has a party committee.');
      return { ...placed, communityId: community.id };
    }
    case Kind.NEIGHBORHOOD_BRANCH: {
      refuseField(input, ['streetId', 'communityId', 'districtId', 'buildingId', 'hostOrganizationId']);
      if (!input.form) throw badUserInput('A NEIGHBORHOOD_BRANCH needs form: SINGLE, JOINT or GRID.', { field: 'form' });
      const neighborhoodIds = (input.neighborhoodIds ?? []).map((id) => id.toLowerCase());
      const neighborhoods = await loadRegisteredPlaces(ctx, neighborhoodIds, RegisteredPlaceLevel.NEIGHBORHOOD, 'neighborhoodIds');
      if (neighborhoods.some((place) => place.communityId !== parent.communityId)) {
        throw badUserInput("Every neighborhood of a branch must lie in the parent committee's community.", { field: 'neighborhoodIds' });
      }
      const formalMembers = input.form === PartyBranchForm.SINGLE && neighborhoodIds.length === 1
        ? await ctx.em.count(PartyMember, { residenceNeighborhoodId: neighborhoodIds[0], category: PartyMemberCategory.FORMAL })
        : 0;
      const overrideReason = checkBranchFormation(input.form, neighborhoodIds, formalMembers, input.formationOverrideReason?.trim());
      const covering = await ctx.em.findOne(PartyOrganization, { kind: Kind.NEIGHBORHOOD_BRANCH, neighborhoodIds: { $overlap: neighborhoodIds } });
      if (covering) throw conflict(`A neighborhood listed is already covered by ${covering.name}: a neighborhood belongs to one branch.`, { organizationId: covering.id });
      return {
        ...placed,
        form: input.form,
        neighborhoodIds,
        formationOverrideReason: overrideReason,
        formationOverriddenBy: overrideReason ? ctx.caller.subject : null,
      };
    }
    case Kind.BUILDING_GROUP: {
      refuseField(input, ['streetId', 'communityId', 'districtId', 'form', 'neighborhoodIds', 'hostOrganizationId', 'formationOverrideReason']);
      if (!input.buildingId) throw badUserInput('A BUILDING_GROUP needs buildingId.', { field: 'buildingId' });
      const [building] = await loadRegisteredPlaces(ctx, [input.buildingId], RegisteredPlaceLevel.BUILDING, 'buildingId');
      if (!parent.neighborhoodIds.includes(building.neighborhoodId!)) {
        throw badUserInput("buildingId is not in one of the parent branch's neighborhoods.", { field: 'buildingId' });
      }
      await assertNoneYet(ctx, { kind: Kind.BUILDING_GROUP, buildingId: building.id, dissolvedOn: null }, 'This building already has a party group.');
      return { ...placed, buildingId: building.id, neighborhoodIds: [building.neighborhoodId!] };
    }
    default: {
      refuseField(input, ['streetId', 'communityId', 'districtId', 'form', 'neighborhoodIds', 'buildingId', 'formationOverrideReason']);
      if (input.kind === Kind.PROPERTY_COMPANY_BRANCH) {
        if (!input.hostOrganizationId) throw badUserInput('A PROPERTY_COMPANY_BRANCH needs hostOrganizationId: the PropertyCompany.', { field: 'hostOrganizationId' });
        await assertNoneYet(ctx, { hostOrganizationId: input.hostOrganizationId }, 'This company already has a party organisation.');
        return { ...placed, hostOrganizationId: input.hostOrganizationId };
      }
      refuseField(input, ['hostOrganizationId']);
      return placed;
    }
  }
}
