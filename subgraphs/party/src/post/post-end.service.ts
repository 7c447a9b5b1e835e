import { conflict, notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import { assertResponsibleFor, isResponsibleFor } from '../access/party-access.js';
import type { PartyContext } from '../party.loaders.js';
import { assertVersion } from '../organization/organization-change.service.js';
import { PartyPost } from './post.entity.js';
import type { EndPartyPostInput } from './post-end.input.js';
import { effectiveTermEnd } from './post-term.js';

/**
 * Ends a post early (免职): its last day in office is the server's today; one not yet begun is ended before it began,
 * so it never held office. The party office responsible for the organisation; the row stays with who and why.
 */
export async function endPartyPost(ctx: PartyContext, input: EndPartyPostInput): Promise<PartyPost> {
  const post = await ctx.em.findOne(PartyPost, { id: requireId(input.postId, 'postId') });
  const organization = post ? await ctx.loaders.organization.load(post.organizationId) : null;
  // Posts are seen only by the organisation's party office and the holder: to anyone else it does not exist.
  if (!post || !organization || (!isResponsibleFor(ctx.caller, organization) && ctx.caller.personId !== post.personId)) throw notFound('PartyPost', input.postId);
  assertResponsibleFor(ctx.caller, organization, 'end posts');
  assertVersion(post, input.expectedVersion, 'post');
  const today = ctx.clock.now().toISOString().slice(0, 10);
  if (post.endedOn !== null) throw conflict(`This post was already ended on ${post.endedOn}.`);
  if (effectiveTermEnd(post) < today) throw conflict(`This term ended on ${post.termEnd}: there is nothing left to end.`);
  post.endedOn = today < post.termStart ? new Date(Date.parse(`${post.termStart}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10) : today;
  post.endedBy = ctx.caller.subject;
  post.endReason = input.reason.trim();
  await ctx.em.flush();
  return post;
}
