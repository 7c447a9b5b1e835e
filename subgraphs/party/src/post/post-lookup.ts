import { isContractedCompanyOf, isResponsibleFor } from '../access/party-access.js';
import type { PartyContext } from '../party.loaders.js';
import { PartyOrganization } from '../organization/organization.entity.js';
import type { PartyPost } from './post.entity.js';
import { PartyPostKind } from './post-kinds.js';

/**
 * A person's party posts the caller may see: those of organisations it is responsible for, the person's own, and as a
 * property company the secretaries of branches covering its neighborhoods.
 */
export async function visiblePartyPosts(ctx: PartyContext, personId: string): Promise<PartyPost[]> {
  const posts = await ctx.loaders.postsOfPerson.load(personId);
  const organizations = await ctx.loaders.organization.loadMany(posts.map((post) => post.organizationId));
  const own = ctx.caller.personId === personId;
  return posts.filter((post, index) => {
    const organization = organizations[index];
    if (!(organization instanceof PartyOrganization)) return false;
    return own || isResponsibleFor(ctx.caller, organization) || (post.kind === PartyPostKind.SECRETARY && isContractedCompanyOf(ctx.caller, organization));
  });
}
