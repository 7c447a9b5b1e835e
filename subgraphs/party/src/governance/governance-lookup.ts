import { badUserInput, notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { PartyContext } from '../party.loaders.js';
import type { PartyOrganization } from '../organization/organization.entity.js';
import { RegisteredPlaceLevel, type RegisteredPlace } from '../place/place-register.entity.js';
import type { GovernanceMatter } from './governance-matter.entity.js';
import type { JointMeeting } from './joint-meeting.entity.js';
import { mayReadMatter, mayReadMeeting } from './governance.access.js';

/** The branch a matter or meeting belongs to; it always exists (restricted on delete). */
export async function loadBranch(ctx: PartyContext, id: string): Promise<PartyOrganization> {
  const branch = await ctx.loaders.organization.load(id);
  if (!branch) throw new Error(`party organisation ${id} of a governance record is missing`);
  return branch;
}

/** A matter the caller may read; NOT_FOUND otherwise (absent and hidden look the same). */
export async function loadVisibleMatter(ctx: PartyContext, id: string, field = 'id'): Promise<GovernanceMatter> {
  const matter = await ctx.loaders.matter.load(requireId(id, field));
  if (!matter || !mayReadMatter(ctx.caller, matter, await loadBranch(ctx, matter.proposedById))) throw notFound('GovernanceMatter', id);
  return matter;
}

/** A joint meeting the caller may read; NOT_FOUND otherwise. */
export async function loadVisibleMeeting(ctx: PartyContext, id: string, field = 'id'): Promise<JointMeeting> {
  const meeting = await ctx.loaders.meeting.load(requireId(id, field));
  if (!meeting || !mayReadMeeting(ctx.caller, meeting, await loadBranch(ctx, meeting.convenedById))) throw notFound('JointMeeting', id);
  return meeting;
}

/** Whether the caller may read a meeting, without throwing (for nested fields that show null instead). */
export async function canReadMeeting(ctx: PartyContext, meeting: JointMeeting): Promise<boolean> {
  return mayReadMeeting(ctx.caller, meeting, await loadBranch(ctx, meeting.convenedById));
}

/** A neighborhood of the party register and the neighborhood branch covering it; BAD_USER_INPUT when either is missing. */
export async function loadNeighborhoodAndBranch(ctx: PartyContext, neighborhoodId: string): Promise<{ place: RegisteredPlace; branch: PartyOrganization }> {
  const place = await ctx.loaders.place.load(requireId(neighborhoodId, 'neighborhoodId'));
  if (!place || place.level !== RegisteredPlaceLevel.NEIGHBORHOOD) {
    throw badUserInput(`neighborhoodId "${neighborhoodId}" is not a neighborhood in the party register of places.`, { field: 'neighborhoodId' });
  }
  const branch = await ctx.loaders.branchOfNeighborhood.load(place.id);
  if (!branch) {
    throw badUserInput('No neighborhood branch covers this neighborhood: form one (createPartyOrganization) before proposing matters or convening meetings there.', {
      field: 'neighborhoodId',
    });
  }
  return { place, branch };
}
