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

const FIELDS = 'id version status decision decidedBy decisionReason';
const APPLY = `mutation($input: ApplyForStarRatingInput!) { applyForStarRating(input: $input) { id } }`;
const ASSESS = `mutation($input: StarRatingStepInput!) { assessStarRating(input: $input) { id status } }`;
const RETURN = `mutation($input: DecideStarRatingInput!) { returnStarRating(input: $input) { ${FIELDS} } }`;
const REJECT = `mutation($input: DecideStarRatingInput!) { rejectStarRating(input: $input) { ${FIELDS} } }`;
const refusal = (path: string, message: string, code: string, details: Record<string, unknown> = {}) => ({ data: null, errors: [{ message, path: [path], extensions: { code, ...details } }] });

describe('returning and rejecting a star rating (退回/不予通过)', () => {
  it('lets the rater of the waiting step return it (the branch applies again) or reject it (final), and refuses others', async () => {
    const { branch } = demoScenario(graph.plan);
    const year = SEEDED_RATING_YEAR + 1;
    const communityToken = await graph.issuer.issue('branch-community', { role: Role.COMMUNITY, grant: { communityIds: [branch.communityId] } });
    const otherCommunity = graph.plan.communities.find((community) => community.id !== branch.communityId)!;
    const otherCommunityToken = await graph.issuer.issue('other-community', { role: Role.COMMUNITY, grant: { communityIds: [otherCommunity.id] } });
    const apply = async () => {
      const response = await graph.graphql<{ applyForStarRating: { id: string } }>(APPLY, { token: graph.tokens.get(Role.PARTY_BRANCH), variables: { input: { organizationId: branch.id, year, stars: 5 } } });
      return response;
    };
    const first = (await apply()).body.data!.applyForStarRating.id;
    const input = { ratingId: first, expectedVersion: 1, reason: '台账材料不全，请补充后重新申报' };

    expect((await graph.graphql(RETURN, { token: graph.tokens.get(Role.DISTRICT), variables: { input } })).body).toEqual(
      refusal('returnStarRating', "Your role (DISTRICT) may not return this rating now: the branch's community committee (or street working committee), which assesses it, may.", 'FORBIDDEN', { ratingId: first }),
    );
    expect((await graph.graphql(RETURN, { token: otherCommunityToken, variables: { input } })).body).toEqual(
      refusal('returnStarRating', `No PartyStarRating with id "${first}" is visible to you.`, 'NOT_FOUND', { id: first, typeName: 'PartyStarRating' }),
    );
    expect((await graph.graphql(RETURN, { token: communityToken, variables: { input: { ...input, expectedVersion: 3 } } })).body).toEqual(
      refusal('returnStarRating', 'This star rating is at version 1, not 3: someone changed it since you read it. Reload and try again.', 'CONFLICT'),
    );
    expect((await graph.graphql(RETURN, { token: communityToken, variables: { input } })).body).toEqual({
      data: { returnStarRating: { id: first, version: 2, status: 'APPLIED', decision: 'RETURNED', decidedBy: 'branch-community', decisionReason: '台账材料不全，请补充后重新申报' } },
    });
    expect((await graph.graphql(ASSESS, { token: communityToken, variables: { input: { ratingId: first, stars: 4 } } })).body).toEqual(
      refusal('assessStarRating', 'This star rating was returned by its rater: it goes no further (after a return the branch applies again).', 'CONFLICT'),
    );

    // Applied again for the same year; assessed; then the county rejects it, which closes the year.
    const second = await apply();
    expect(second.body.errors).toBeUndefined();
    const secondId = second.body.data!.applyForStarRating.id;
    expect((await graph.graphql(ASSESS, { token: communityToken, variables: { input: { ratingId: secondId, stars: 4 } } })).body).toEqual({ data: { assessStarRating: { id: secondId, status: 'ASSESSED' } } });
    expect((await graph.graphql(REJECT, { token: communityToken, variables: { input: { ...input, ratingId: secondId, expectedVersion: 2 } } })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await graph.graphql(REJECT, { token: graph.tokens.get(Role.DISTRICT), variables: { input: { ratingId: secondId, expectedVersion: 2, reason: '年度内发生重大问题' } } })).body).toEqual({
      data: { rejectStarRating: { id: secondId, version: 3, status: 'ASSESSED', decision: 'REJECTED', decidedBy: 'demo-district', decisionReason: '年度内发生重大问题' } },
    });
    expect((await apply()).body).toEqual(refusal('applyForStarRating', `${branch.name} has already applied for ${year}.`, 'CONFLICT'));
    const history = await graph.graphql(`query($id: ID!) { partyOrganization(id: $id) { starRatings { id decision } } }`, { token: graph.tokens.get(Role.PARTY_BRANCH), variables: { id: branch.id } });
    expect((history.body.data as { partyOrganization: { starRatings: { id: string; decision: string | null }[] } }).partyOrganization.starRatings.filter((row) => row.decision !== null)).toEqual(
      expect.arrayContaining([{ id: first, decision: 'RETURNED' }, { id: secondId, decision: 'REJECTED' }]),
    );
  });
});
