import { conflict, notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { PartyContext } from '../party.loaders.js';
import { assertVersion } from '../organization/organization-change.service.js';
import { PartyStarRating } from './star-rating.entity.js';
import { StarRatingDecision, StarRatingStatus } from './star-rating-status.js';
import type { DecideStarRatingInput } from './star-rating-decision.input.js';
import { assertMayDecideRating, seesRatingInProgress } from './star-rating.access.js';

/**
 * Returns (退回) or rejects (不予通过) an application: only the rater of the step it waits for — the basic-level
 * committee while APPLIED, the county while ASSESSED; an approved rating is final. The row stays with who, when
 * (server clock) and why; after a return the branch may apply again for the year, after a rejection not.
 */
export async function decideStarRating(ctx: PartyContext, input: DecideStarRatingInput, decision: StarRatingDecision): Promise<PartyStarRating> {
  const rating = await ctx.em.findOne(PartyStarRating, { id: requireId(input.ratingId, 'ratingId') });
  const organization = rating ? await ctx.loaders.organization.load(rating.organizationId) : null;
  if (!rating || !organization || !seesRatingInProgress(ctx.caller, rating, organization)) throw notFound('PartyStarRating', input.ratingId);
  if (rating.status === StarRatingStatus.APPROVED) throw conflict('This star rating has been approved: an approved rating is final.');
  assertMayDecideRating(ctx.caller, rating, decision);
  assertVersion(rating, input.expectedVersion, 'star rating');
  if (rating.decision !== null) throw conflict(`This star rating was already ${rating.decision.toLowerCase()}.`);
  rating.decision = decision;
  rating.decidedBy = ctx.caller.subject;
  rating.decidedAt = ctx.clock.now();
  rating.decisionReason = input.reason.trim();
  await ctx.em.flush();
  return rating;
}
