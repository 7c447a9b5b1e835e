import { notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import { isResponsibleFor } from '../access/party-access.js';
import type { PartyContext } from '../party.loaders.js';
import type { PartyMember } from './member.entity.js';

/** Whether the caller may see this membership: the party office responsible for the holding organisation, or the member. */
export async function canSeeMembership(ctx: PartyContext, member: PartyMember): Promise<boolean> {
  if (ctx.caller.personId !== null && ctx.caller.personId === member.personId) return true;
  const organization = await ctx.loaders.organization.load(member.organizationId);
  return organization !== null && isResponsibleFor(ctx.caller, organization);
}

/** Loads a membership for a root field or a reference; one the caller may not see is reported as missing. */
export async function loadVisibleMember(ctx: PartyContext, id: string, field = 'id'): Promise<PartyMember> {
  const member = await ctx.loaders.member.load(requireId(id, field));
  if (!member || !(await canSeeMembership(ctx, member))) throw notFound('PartyMember', id);
  return member;
}
