import { conflict, forbidden, notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import { isResponsibleFor, mayApproveRating, mayAssessRating } from '../access/party-access.js';
import type { PartyContext } from '../party.loaders.js';
import { assertVersion } from '../organization/organization-change.service.js';
import { PartyStarRating } from './star-rating.entity.js';
import { StarRatingDecision, StarRatingStatus } from './star-rating-status.js';
import type { DecideStarRatingInput } from './star-rating-decision.input.js';

/**
 * Returns (退回) or rejects (不予通过) an application: only the rater of the step it waits for — the basic-level
 * committee while APPLIED, the county while ASSESSED; an approved rating is final. The row stays with who, when
 * (server clock) and why; after a return the branch may apply again for the year, after a rejection not.
 */
export async function decideStarRating(ctx: PartyContext, input: DecideStarRatingInput, decision: StarRatingDecision): Promise<PartyStarRating> {
  const rating = await ctx.em.findOne(PartyStarRating, { id: requireId(input.ratingId, 'ratingId') });
  const organization = rating ? await ctx.loaders.organization.load(rating.organizationId) : null;
  // A rating in progress is seen by the branch's office and its raters only.
  const rater = rating !== null && (mayAssessRating(ctx.caller, rating) || mayApproveRating(ctx.caller, rating));
  if (!rating || !organization || (!rater && !isResponsibleFor(ctx.caller, organization))) throw notFound('PartyStarRating', input.ratingId);
  const waitsFor = rating.status === StarRatingStatus.APPLIED ? mayAssessRating(ctx.caller, rating) : rating.status === StarRatingStatus.ASSESSED ? mayApproveRating(ctx.caller, rating) : false;
  const verb = decision === StarRatingDecision.RETURNED ? 'return' : 'reject';
  if (rating.status === StarRatingStatus.APPROVED) throw conflict('This star rating has been approved: an approved rating is final.');
  if (!waitsFor) {
    const who = rating.status === StarRatingStatus.APPLIED ? "the branch's community committee (or street working committee), which assesses it" : 'the DISTRICT (county) office, which approves it';
    throw forbidden(`Your role (${ctx.caller.role}) may not ${verb} this rating now: ${who}, may.`, { ratingId: rating.id });
  }
  assertVersion(rating, input.expectedVersion, 'star rating');
  if (rating.decision !== null) throw conflict(`This star rating was already ${rating.decision.toLowerCase()}.`);
  rating.decision = decision;
  rating.decidedBy = ctx.caller.subject;
  rating.decidedAt = ctx.clock.now();
  rating.decisionReason = input.reason.trim();
  await ctx.em.flush();
  return rating;
}
