import { DecideStarRatingInput } from './star-rating-decision.input.js';
import { decideStarRating } from './star-rating-decision.service.js';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { badUserInput, conflict, notFound } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import type { PartyContext } from '../party.loaders.js';
import { PartyOrganization } from '../organization/organization.entity.js';
import { RATED_KINDS } from '../organization/organization-kinds.js';
import { loadOrganization } from '../organization/organization-lookup.js';
import { PartyStarRating } from './star-rating.entity.js';
import { assertMayApplyForRating, assertMayApprove, assertMayAssess } from './star-rating.access.js';
import { nextStarRatingStatus, StarRatingDecision, StarRatingStatus } from './star-rating-status.js';
import { ApplyForStarRatingInput, StarRatingStepInput } from './star-rating.input.js';

async function loadRating(ctx: PartyContext, id: string): Promise<PartyStarRating> {
  const rating = await ctx.em.findOne(PartyStarRating, { id: requireId(id, 'ratingId') });
  if (!rating) throw notFound('PartyStarRating', id);
  if (rating.decision !== null) throw conflict(`This star rating was ${rating.decision.toLowerCase()} by its rater: it goes no further (after a return the branch applies again).`);
  return rating;
}

@Resolver(() => PartyStarRating)
export class PartyStarRatingResolver {
  @FieldResolver(() => PartyOrganization, { description: 'The branch rated.' })
  async organization(@Root() rating: PartyStarRating, @Ctx() ctx: PartyContext): Promise<PartyOrganization> {
    return (await ctx.loaders.organization.load(rating.organizationId))!;
  }

  @Mutation(() => PartyStarRating, { description: 'Step 1, the branch applies for a year (支部申报). PARTY_BRANCH acting for that branch only.' })
  async applyForStarRating(@Arg('input', () => ApplyForStarRatingInput, { description: 'What to record.' }) input: ApplyForStarRatingInput, @Ctx() ctx: PartyContext): Promise<PartyStarRating> {
    const organization = await loadOrganization(ctx, input.organizationId, 'organizationId');
    assertMayApplyForRating(ctx.caller, organization);
    if (!RATED_KINDS.has(organization.kind)) throw badUserInput(`A ${organization.kind} is not star-rated: branches are.`, { field: 'organizationId' });
    const nextYear = new Date().getUTCFullYear() + 1;
    if (input.year > nextYear) throw badUserInput(`year must be ${nextYear} or earlier.`, { field: 'year' });
    // A returned application does not count: the branch applies again.
    if ((await ctx.em.count(PartyStarRating, { organizationId: organization.id, year: input.year, $or: [{ decision: null }, { decision: StarRatingDecision.REJECTED }] })) > 0) {
      throw conflict(`${organization.name} has already applied for ${input.year}.`);
    }
    const rating = ctx.em.create(PartyStarRating, {
      organizationId: organization.id,
      year: input.year,
      status: StarRatingStatus.APPLIED,
      appliedStars: input.stars,
      appliedBy: ctx.caller.subject,
      appliedAt: new Date(),
      districtId: organization.districtId,
      streetId: organization.streetId,
      communityId: organization.communityId,
    });
    await ctx.em.flush();
    return rating;
  }

  @Mutation(() => PartyStarRating, { description: "Step 2, the basic-level committee assesses (基层党委考评): COMMUNITY of the branch's community (STREET for a branch under the street)." })
  async assessStarRating(@Arg('input', () => StarRatingStepInput, { description: 'What to record.' }) input: StarRatingStepInput, @Ctx() ctx: PartyContext): Promise<PartyStarRating> {
    const rating = await loadRating(ctx, input.ratingId);
    assertMayAssess(ctx.caller, rating);
    if (input.stars === undefined) throw badUserInput('Assessing needs stars: 1 to 5.', { field: 'stars' });
    rating.status = nextStarRatingStatus(rating.status, 'assess');
    rating.assessedStars = input.stars;
    rating.assessedBy = ctx.caller.subject;
    rating.assessedAt = new Date();
    await ctx.em.flush();
    return rating;
  }

  @Mutation(() => PartyStarRating, {
    description: 'Returns an application to the branch (退回), with a reason: the rater of the step it waits for (assessor while APPLIED, county while ASSESSED). The branch may apply again for the year.',
  })
  returnStarRating(@Arg('input', () => DecideStarRatingInput, { description: 'Which rating, the version read, and why.' }) input: DecideStarRatingInput, @Ctx() ctx: PartyContext): Promise<PartyStarRating> {
    return decideStarRating(ctx, input, StarRatingDecision.RETURNED);
  }

  @Mutation(() => PartyStarRating, {
    description: 'Rejects an application for the year (不予通过), with a reason: the rater of the step it waits for. Final for that year.',
  })
  rejectStarRating(@Arg('input', () => DecideStarRatingInput, { description: 'Which rating, the version read, and why.' }) input: DecideStarRatingInput, @Ctx() ctx: PartyContext): Promise<PartyStarRating> {
    return decideStarRating(ctx, input, StarRatingDecision.REJECTED);
  }

  @Mutation(() => PartyStarRating, { description: 'Step 3, the county approves (县级审定): DISTRICT of the branch\'s district.' })
  async approveStarRating(@Arg('input', () => StarRatingStepInput, { description: 'What to record.' }) input: StarRatingStepInput, @Ctx() ctx: PartyContext): Promise<PartyStarRating> {
    const rating = await loadRating(ctx, input.ratingId);
    assertMayApprove(ctx.caller, rating);
    rating.status = nextStarRatingStatus(rating.status, 'approve');
    rating.approvedStars = input.stars ?? rating.assessedStars;
    rating.approvedBy = ctx.caller.subject;
    rating.approvedAt = new Date();
    await ctx.em.flush();
    return rating;
  }
}

