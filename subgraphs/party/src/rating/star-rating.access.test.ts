import { EMPTY_GRANT } from '../../../platform/access/caller.js';
import { Role } from '../../../platform/access/role.js';
import { refusalOf } from '../../../../test/harness/refusal.js';
import { callerAs as caller } from '../../../../test/harness/test-caller.js';
import type { OrganizationFacts } from '../access/party-access.js';
import { assertMayApplyForRating, assertMayApprove, assertMayAssess, assertMayDecideRating, seesRatingInProgress } from './star-rating.access.js';
import { StarRatingDecision, StarRatingStatus } from './star-rating-status.js';

const organization: OrganizationFacts & { name: string } = {
  id: 'b', name: 'Branch One', ancestorIds: ['swc', 'cc'], districtId: 'd', streetId: 's', communityId: 'c', neighborhoodIds: ['n'], hostOrganizationId: null,
};
const applied = { id: 'r', status: StarRatingStatus.APPLIED, districtId: 'd', streetId: 's', communityId: 'c' };
const assessed = { ...applied, status: StarRatingStatus.ASSESSED };
const community = caller(Role.COMMUNITY, { grant: { ...EMPTY_GRANT, communityIds: ['c'] } });
const district = caller(Role.DISTRICT, { grant: { ...EMPTY_GRANT, districtIds: ['d'] } });
const branch = caller(Role.PARTY_BRANCH, { organizationId: 'b' });

describe('star rating access', () => {
  it('lets a branch apply for itself only', () => {
    expect(() => assertMayApplyForRating(branch, organization)).not.toThrow();
    expect(refusalOf(() => assertMayApplyForRating(caller(Role.PARTY_BRANCH, { organizationId: 'cc' }), organization))).toEqual({
      message: 'Your role (PARTY_BRANCH) may not apply for Branch One: a branch applies for itself.',
      extensions: { code: 'FORBIDDEN', organizationId: 'b' },
    });
    expect(refusalOf(() => assertMayApplyForRating(community, organization)).message).toBe('Your role (COMMUNITY) may not apply for Branch One: a branch applies for itself.');
  });

  it('gives assessing to the community committee and approving to the county', () => {
    expect(() => assertMayAssess(community, applied)).not.toThrow();
    expect(() => assertMayApprove(district, assessed)).not.toThrow();
    expect(refusalOf(() => assertMayAssess(district, applied))).toEqual({
      message: "Your role (DISTRICT) may not do this step: the branch's community committee (or street working committee) does.",
      extensions: { code: 'FORBIDDEN', ratingId: 'r' },
    });
    expect(refusalOf(() => assertMayApprove(community, assessed))).toEqual({
      message: 'Your role (COMMUNITY) may not do this step: the DISTRICT (county) office does.',
      extensions: { code: 'FORBIDDEN', ratingId: 'r' },
    });
  });

  it("shows a rating in progress to the branch's office and its raters only", () => {
    expect(seesRatingInProgress(branch, applied, organization)).toBe(true);
    expect(seesRatingInProgress(community, applied, organization)).toBe(true);
    expect(seesRatingInProgress(district, applied, organization)).toBe(true);
    expect(seesRatingInProgress(caller(Role.PROPERTY_COMPANY, { grant: { ...EMPTY_GRANT, neighborhoodIds: ['n'] } }), applied, organization)).toBe(false);
  });

  it('lets only the rater of the step waited for return or reject', () => {
    expect(() => assertMayDecideRating(community, applied, StarRatingDecision.RETURNED)).not.toThrow();
    expect(() => assertMayDecideRating(district, assessed, StarRatingDecision.REJECTED)).not.toThrow();
    expect(refusalOf(() => assertMayDecideRating(district, applied, StarRatingDecision.RETURNED))).toEqual({
      message: "Your role (DISTRICT) may not return this rating now: the branch's community committee (or street working committee), which assesses it, may.",
      extensions: { code: 'FORBIDDEN', ratingId: 'r' },
    });
    expect(refusalOf(() => assertMayDecideRating(community, assessed, StarRatingDecision.REJECTED))).toEqual({
      message: 'Your role (COMMUNITY) may not reject this rating now: the DISTRICT (county) office, which approves it, may.',
      extensions: { code: 'FORBIDDEN', ratingId: 'r' },
    });
  });
});
