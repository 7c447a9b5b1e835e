import { Role } from '../../../platform/access/role.js';
import { demoScenario } from '../../../../infra/demo/demo-tokens.js';
import { startGraph, type GraphStack } from '../../../../test/harness/graph-stack.js';
import { SEEDED_RATING_YEAR } from '../../seeders/party.seeder.js';

let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

const FIELDS = 'id year status appliedStars appliedBy assessedStars assessedBy approvedStars approvedBy organization { id }';
const APPLY = `mutation($input: ApplyForStarRatingInput!) { applyForStarRating(input: $input) { ${FIELDS} } }`;
const ASSESS = `mutation($input: StarRatingStepInput!) { assessStarRating(input: $input) { ${FIELDS} } }`;
const APPROVE = `mutation($input: StarRatingStepInput!) { approveStarRating(input: $input) { ${FIELDS} } }`;
const RATINGS = 'query($id: ID!) { partyOrganization(id: $id) { starRatings { year status } } }';

const refusal = (path: string, message: string, extensions: Record<string, unknown>) => ({ data: null, errors: [{ message, path: [path], extensions }] });

describe('star rating (apply → assess → approve)', () => {
  it('moves through its three steps with who did each, and refuses skipped, repeated and out-of-role steps', async () => {
    const { branch } = demoScenario(graph.plan);
    const year = SEEDED_RATING_YEAR + 1;
    const communityToken = await graph.issuer.issue('branch-community', { role: Role.COMMUNITY, grant: { communityIds: [branch.communityId] } });
    const streetId = graph.plan.communities.find((community) => community.id === branch.communityId)!.streetId;
    const streetToken = await graph.issuer.issue('branch-street', { role: Role.STREET, grant: { streetIds: [streetId] } });

    const applied = await graph.graphql(APPLY, { token: graph.tokens.get(Role.PARTY_BRANCH), variables: { input: { organizationId: branch.id, year, stars: 5 } } });
    const rating = (applied.body.data as { applyForStarRating: { id: string } }).applyForStarRating;
    const base = { id: rating.id, year, appliedStars: 5, appliedBy: 'demo-party-branch', organization: { id: branch.id } };
    expect(applied.body).toEqual({
      data: { applyForStarRating: { ...base, status: 'APPLIED', assessedStars: null, assessedBy: null, approvedStars: null, approvedBy: null } },
    });

    // Skipping the assessment, or the wrong office assessing, is refused and changes nothing.
    expect((await graph.graphql(APPROVE, { token: graph.tokens.get(Role.DISTRICT), variables: { input: { ratingId: rating.id } } })).body).toEqual(
      refusal('approveStarRating', 'This star rating is APPLIED; it can be approved only when ASSESSED (apply → assess → approve).', { code: 'CONFLICT', status: 'APPLIED' }),
    );
    for (const [token, role] of [[streetToken, 'STREET'], [graph.tokens.get(Role.PARTY_BRANCH)!, 'PARTY_BRANCH'], [graph.tokens.get(Role.DISTRICT)!, 'DISTRICT']] as const) {
      expect((await graph.graphql(ASSESS, { token, variables: { input: { ratingId: rating.id, stars: 4 } } })).body).toEqual(
        refusal('assessStarRating', `Your role (${role}) may not do this step: the branch's community committee (or street working committee) does.`, { code: 'FORBIDDEN', ratingId: rating.id }),
      );
    }
    expect((await graph.graphql(RATINGS, { token: graph.tokens.get(Role.PARTY_BRANCH), variables: { id: branch.id } })).body).toEqual({
      data: { partyOrganization: { starRatings: [{ year, status: 'APPLIED' }, { year: SEEDED_RATING_YEAR, status: 'APPROVED' }] } },
    });

    const assessed = await graph.graphql(ASSESS, { token: communityToken, variables: { input: { ratingId: rating.id, stars: 4 } } });
    expect(assessed.body).toEqual({
      data: { assessStarRating: { ...base, status: 'ASSESSED', assessedStars: 4, assessedBy: 'branch-community', approvedStars: null, approvedBy: null } },
    });
    expect((await graph.graphql(ASSESS, { token: communityToken, variables: { input: { ratingId: rating.id, stars: 3 } } })).body).toEqual(
      refusal('assessStarRating', 'This star rating is ASSESSED; it can be assessed only when APPLIED (apply → assess → approve).', { code: 'CONFLICT', status: 'ASSESSED' }),
    );
    expect((await graph.graphql(APPROVE, { token: communityToken, variables: { input: { ratingId: rating.id } } })).body).toEqual(
      refusal('approveStarRating', "Your role (COMMUNITY) may not do this step: the DISTRICT (county) office does.", { code: 'FORBIDDEN', ratingId: rating.id }),
    );

    const approved = await graph.graphql(APPROVE, { token: graph.tokens.get(Role.DISTRICT), variables: { input: { ratingId: rating.id } } });
    expect(approved.body).toEqual({
      data: { approveStarRating: { ...base, status: 'APPROVED', assessedStars: 4, assessedBy: 'branch-community', approvedStars: 4, approvedBy: 'demo-district' } },
    });
    expect((await graph.graphql(APPROVE, { token: graph.tokens.get(Role.DISTRICT), variables: { input: { ratingId: rating.id, stars: 5 } } })).body).toEqual(
      refusal('approveStarRating', 'This star rating is APPROVED; it can be approved only when ASSESSED (apply → assess → approve).', { code: 'CONFLICT', status: 'APPROVED' }),
    );
  });

  it('lets a branch apply only for itself, once a year, with 1–5 stars', async () => {
    const { branch } = demoScenario(graph.plan);
    const other = graph.plan.partyBranches.find((candidate) => candidate.id !== branch.id)!;
    expect((await graph.graphql(APPLY, { token: graph.tokens.get(Role.PARTY_BRANCH), variables: { input: { organizationId: other.id, year: 2024, stars: 3 } } })).body).toEqual(
      refusal('applyForStarRating', `Your role (PARTY_BRANCH) may not apply for ${other.name}: a branch applies for itself.`, { code: 'FORBIDDEN', organizationId: other.id }),
    );
    expect((await graph.graphql(APPLY, { token: graph.tokens.get(Role.COMMUNITY), variables: { input: { organizationId: branch.id, year: 2024, stars: 3 } } })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await graph.graphql(APPLY, { token: graph.tokens.get(Role.PARTY_BRANCH), variables: { input: { organizationId: branch.id, year: SEEDED_RATING_YEAR, stars: 3 } } })).body).toEqual(
      refusal('applyForStarRating', `${branch.name} has already applied for ${SEEDED_RATING_YEAR}.`, { code: 'CONFLICT' }),
    );
    const tooMany = await graph.graphql(APPLY, { token: graph.tokens.get(Role.PARTY_BRANCH), variables: { input: { organizationId: branch.id, year: 2024, stars: 6 } } });
    expect(tooMany.body.errors?.[0]).toEqual(expect.objectContaining({ path: ['applyForStarRating'], extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    // Others see approved ratings only.
    expect((await graph.graphql(RATINGS, { token: graph.tokens.get(Role.RESIDENT), variables: { id: branch.id } })).body).toEqual({
      data: { partyOrganization: { starRatings: [{ year: SEEDED_RATING_YEAR + 1, status: 'APPROVED' }, { year: SEEDED_RATING_YEAR, status: 'APPROVED' }] } },
    });
  });
});
