import type { Caller } from '../../../platform/access/caller.js';
import { Role } from '../../../platform/access/role.js';
import { forbidden } from '../../../platform/errors/error-codes.js';
import { isResponsibleFor, mayApproveRating, mayAssessRating, type OrganizationFacts } from '../access/party-access.js';
import type { PlacePath } from '../../../platform/access/place-path.js';
import { StarRatingDecision, StarRatingStatus } from './star-rating-status.js';

/** A rating as its access rules see it: where the branch rated sits, and the step it waits for. */
interface RatingFacts extends PlacePath<'district', 'community'> {
  id: string;
  status: StarRatingStatus;
}

const ASSESSOR = "the branch's community committee (or street working committee)";
const APPROVER = 'the DISTRICT (county) office';

/** A branch applies for itself: PARTY_BRANCH acting for that very branch. */
export function assertMayApplyForRating(caller: Caller, organization: { id: string; name: string }): void {
  if (caller.role !== Role.PARTY_BRANCH || caller.organizationId !== organization.id) {
    throw forbidden(`Your role (${caller.role}) may not apply for ${organization.name}: a branch applies for itself.`, { organizationId: organization.id });
  }
}

function assertStepAllowed(caller: Caller, rating: RatingFacts, allowed: boolean, who: string): void {
  if (!allowed) throw forbidden(`Your role (${caller.role}) may not do this step: ${who} does.`, { ratingId: rating.id });
}

/** Step 2 (考评) is the basic-level committee's (`mayAssessRating`). */
export function assertMayAssess(caller: Caller, rating: RatingFacts): void {
  assertStepAllowed(caller, rating, mayAssessRating(caller, rating), ASSESSOR);
}

/** Step 3 (审定) is the county's (`mayApproveRating`). */
export function assertMayApprove(caller: Caller, rating: RatingFacts): void {
  assertStepAllowed(caller, rating, mayApproveRating(caller, rating), APPROVER);
}

/** A rating in progress is seen by the branch's own party office and its raters only. */
export function seesRatingInProgress(caller: Caller, rating: RatingFacts, organization: OrganizationFacts): boolean {
  return mayAssessRating(caller, rating) || mayApproveRating(caller, rating) || isResponsibleFor(caller, organization);
}

/**
 * Returning or rejecting is for the rater of the step the rating waits for: the assessor while APPLIED, the county
 * while ASSESSED; nobody once it has gone further.
 */
export function assertMayDecideRating(caller: Caller, rating: RatingFacts, decision: StarRatingDecision): void {
  const waitsFor =
    rating.status === StarRatingStatus.APPLIED ? mayAssessRating(caller, rating) : rating.status === StarRatingStatus.ASSESSED ? mayApproveRating(caller, rating) : false;
  if (waitsFor) return;
  const verb = decision === StarRatingDecision.RETURNED ? 'return' : 'reject';
  const who = rating.status === StarRatingStatus.APPLIED ? `${ASSESSOR}, which assesses it` : `${APPROVER}, which approves it`;
  throw forbidden(`Your role (${caller.role}) may not ${verb} this rating now: ${who}, may.`, { ratingId: rating.id });
}
