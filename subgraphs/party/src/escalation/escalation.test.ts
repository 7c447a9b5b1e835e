import { Role } from '../../../platform/access/role.js';
import { demoScenario } from '../../../../infra/demo/demo-tokens.js';
import { startGraph, type GraphStack } from '../../../../test/harness/graph-stack.js';

let graph: GraphStack;
beforeAll(async () => {
  // The scheduled check runs every second here, at the graph's clock, so a test moves the clock and watches an overdue call move up on its own.
  graph = await startGraph({ subgraphEnv: { party: { ESCALATION_CHECK_SECONDS: '1' } } });
});
afterAll(async () => {
  await graph?.stop();
});

const CALL = 'level reason holderOrganizationId holder { id } answer answeredBy outcome';
const FIELDS = `id version subject serviceRequestId title status currentLevel resolvedLevel resolvedBy overdue branch { id } calls { ${CALL} }`;
const RAISE = `mutation($input: RaiseEscalationInput!) { raiseEscalation(input: $input) { ${FIELDS} } }`;
const ANSWER = `mutation($input: AnswerEscalationInput!) { answerEscalation(input: $input) { ${FIELDS} } }`;
const READ = `query($id: ID!) { escalation(id: $id) { ${FIELDS} } }`;
const LIMIT = 'mutation($input: SetEscalationLimitInput!) { setEscalationLimit(input: $input) { level hours setBy } }';
const STATS = 'query($id: ID!) { community(id: $id) { escalationStatistics { raised solved open levels { level calls solved overdue } } } }';
const TREE = 'query($id: ID!) { partyOrganization(id: $id) { parent { id parent { id } } } }';

type View = { id: string; version: number; calls: unknown[] };
const refusal = (path: string, message: string, extensions: Record<string, unknown>) => ({ data: null, errors: [{ message, path: [path], extensions }] });

describe('escalation ladder (逐级呼叫、分级回应)', () => {
  it('is raised at the branch, called up by answer, moved up on its own when overdue, and resolved with who and where', async () => {
    const { branch, neighborhood, community, street, company } = demoScenario(graph.plan);
    const branchToken = graph.tokens.get(Role.PARTY_BRANCH)!;
    const communityToken = graph.tokens.get(Role.COMMUNITY)!;
    const streetToken = graph.tokens.get(Role.STREET)!;
    const tree = (await graph.graphql(TREE, { token: branchToken, variables: { id: branch.id } })).body.data as { partyOrganization: { parent: { id: string; parent: { id: string } } } };
    const communityCommitteeId = tree.partyOrganization.parent.id;
    const streetCommitteeId = tree.partyOrganization.parent.parent.id;
    expect(street.id).toBe(community.streetId);

    const limit = await graph.graphql(LIMIT, { token: graph.tokens.get(Role.DISTRICT), variables: { input: { districtId: graph.plan.district.id, level: 'COMMUNITY_COMMITTEE_SECRETARY', hours: 24 } } });
    expect(limit.body).toEqual({ data: { setEscalationLimit: { level: 'COMMUNITY_COMMITTEE_SECRETARY', hours: 24, setBy: 'demo-district' } } });
    expect((await graph.graphql(LIMIT, { token: communityToken, variables: { input: { districtId: graph.plan.district.id, level: 'COUNTY_SECRETARY', hours: 24 } } })).body).toEqual(
      refusal('setEscalationLimit', 'Your role (COMMUNITY) may not set response time limits here: the DISTRICT office of this district does.', { code: 'FORBIDDEN' }),
    );
    const before = (await graph.graphql(STATS, { token: communityToken, variables: { id: community.id } })).body.data as { community: { escalationStatistics: { raised: number; solved: number } } };

    const requestId = '7d1c2f5e-0000-4000-8000-000000000017';
    const raised = await graph.graphql(RAISE, {
      token: branchToken,
      variables: { input: { neighborhoodId: neighborhood.id, subject: 'SERVICE_REQUEST', serviceRequestId: requestId, title: '地下车库漏水', description: '物业多次维修未解决' } },
    });
    const first = (raised.body.data as { raiseEscalation: View }).raiseEscalation;
    const base = { id: first.id, subject: 'SERVICE_REQUEST', serviceRequestId: requestId, title: '地下车库漏水', branch: { id: branch.id } };
    const call1 = { level: 'NEIGHBORHOOD_BRANCH_SECRETARY', reason: 'RAISED', holderOrganizationId: branch.id, holder: { id: expect.any(String) } };
    expect(raised.body).toEqual({
      data: { raiseEscalation: { ...base, version: 1, status: 'OPEN', currentLevel: 'NEIGHBORHOOD_BRANCH_SECRETARY', resolvedLevel: null, resolvedBy: null, overdue: false, calls: [{ ...call1, answer: null, answeredBy: null, outcome: null }] } },
    });

    // Only the level's own office answers: the community may not answer for the branch.
    expect((await graph.graphql(ANSWER, { token: communityToken, variables: { input: { escalationId: first.id, expectedVersion: 1, resolved: true, answer: '已协调' } } })).body).toEqual(
      refusal('answerEscalation', 'Your role (COMMUNITY) may not answer at this level: the PARTY_BRANCH office of this escalation\'s place answers for NEIGHBORHOOD_BRANCH_SECRETARY.', { code: 'FORBIDDEN' }),
    );
    const calledUp = await graph.graphql(ANSWER, { token: branchToken, variables: { input: { escalationId: first.id, expectedVersion: 1, resolved: false, answer: '需社区协调住建部门' } } });
    const second = (calledUp.body.data as { answerEscalation: View }).answerEscalation;
    const answered1 = { ...call1, answer: '需社区协调住建部门', answeredBy: 'demo-party-branch', outcome: 'CALLED_UP' };
    const call2 = { level: 'COMMUNITY_COMMITTEE_SECRETARY', reason: 'CALLED_UP', holderOrganizationId: communityCommitteeId, holder: { id: expect.any(String) } };
    expect(calledUp.body).toEqual({
      data: { answerEscalation: { ...base, version: second.version, status: 'OPEN', currentLevel: 'COMMUNITY_COMMITTEE_SECRETARY', resolvedLevel: null, resolvedBy: null, overdue: false, calls: [answered1, { ...call2, answer: null, answeredBy: null, outcome: null }] } },
    });

    // Time passes on the server's clock (the community's 24 hours run out): the service's own check moves it to the street.
    graph.clock.advance('25h');
    let moved: { currentLevel: string } & View = second as never;
    for (let attempt = 0; attempt < 50 && moved.currentLevel !== 'STREET_WORKING_COMMITTEE_SECRETARY'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      moved = ((await graph.graphql(READ, { token: streetToken, variables: { id: first.id } })).body.data as { escalation: typeof moved }).escalation;
    }
    const call3 = { level: 'STREET_WORKING_COMMITTEE_SECRETARY', reason: 'OVERDUE', holderOrganizationId: streetCommitteeId, holder: { id: expect.any(String) } };
    expect(moved).toEqual({
      ...base, version: moved.version, status: 'OPEN', currentLevel: 'STREET_WORKING_COMMITTEE_SECRETARY', resolvedLevel: null, resolvedBy: null, overdue: false,
      calls: [answered1, { ...call2, answer: null, answeredBy: null, outcome: 'OVERDUE' }, { ...call3, answer: null, answeredBy: null, outcome: null }],
    });

    // A stale version is refused; the street resolves it.
    expect((await graph.graphql(ANSWER, { token: streetToken, variables: { input: { escalationId: first.id, expectedVersion: second.version, resolved: true, answer: '街道协调维修' } } })).body).toEqual(
      refusal('answerEscalation', `This escalation is at version ${moved.version}, not ${second.version}: someone changed it since you read it. Reload and try again.`, { code: 'CONFLICT' }),
    );
    const resolved = await graph.graphql(ANSWER, { token: streetToken, variables: { input: { escalationId: first.id, expectedVersion: moved.version, resolved: true, answer: '街道协调维修' } } });
    expect(resolved.body).toEqual({
      data: {
        answerEscalation: {
          ...base, version: moved.version + 1, status: 'RESOLVED', currentLevel: 'STREET_WORKING_COMMITTEE_SECRETARY', resolvedLevel: 'STREET_WORKING_COMMITTEE_SECRETARY', resolvedBy: 'demo-street', overdue: false,
          calls: [answered1, { ...call2, answer: null, answeredBy: null, outcome: 'OVERDUE' }, { ...call3, answer: '街道协调维修', answeredBy: 'demo-street', outcome: 'RESOLVED' }],
        },
      },
    });

    // The contracted company reads its request's escalation; a resident and the owners' committee do not.
    expect(company.neighborhoodIds).toContain(neighborhood.id);
    expect((await graph.graphql(READ, { token: graph.tokens.get(Role.PROPERTY_COMPANY), variables: { id: first.id } })).body.data).toEqual({ escalation: expect.objectContaining({ status: 'RESOLVED' }) });
    for (const role of [Role.RESIDENT, Role.OWNERS_COMMITTEE]) {
      expect((await graph.graphql(READ, { token: graph.tokens.get(role), variables: { id: first.id } })).body).toEqual(
        refusal('escalation', `No Escalation with id "${first.id}" is visible to you.`, { code: 'NOT_FOUND', typeName: 'Escalation', id: first.id }),
      );
    }

    const after = (await graph.graphql(STATS, { token: communityToken, variables: { id: community.id } })).body.data as { community: { escalationStatistics: { raised: number; solved: number; levels: { level: string }[] } } };
    expect(after.community.escalationStatistics.raised).toBe(before.community.escalationStatistics.raised + 1);
    expect(after.community.escalationStatistics.solved).toBe(before.community.escalationStatistics.solved + 1);
    expect(after.community.escalationStatistics.levels.map((row) => row.level)).toEqual([
      'NEIGHBORHOOD_BRANCH_SECRETARY', 'COMMUNITY_COMMITTEE_SECRETARY', 'STREET_WORKING_COMMITTEE_SECRETARY', 'COUNTY_DEPARTMENT_SECRETARY', 'COUNTY_SECRETARY',
    ]);
  });

  it('refuses raising outside the branch and a request escalation without its request', async () => {
    const { neighborhood } = demoScenario(graph.plan);
    const other = graph.plan.partyBranches.find((candidate) => !candidate.neighborhoodIds.includes(neighborhood.id))!;
    const input = { neighborhoodId: other.neighborhoodIds[0], subject: 'NEIGHBORHOOD_PROBLEM', title: '路灯不亮', description: '小区主路路灯损坏' };
    expect((await graph.graphql(RAISE, { token: graph.tokens.get(Role.PARTY_BRANCH), variables: { input } })).body).toEqual(
      refusal('raiseEscalation', "Your role (PARTY_BRANCH) may not raise escalations here: the neighborhood's branch does, or the community, street or district office above it.", { code: 'FORBIDDEN' }),
    );
    expect((await graph.graphql(RAISE, { token: graph.tokens.get(Role.PARTY_BRANCH), variables: { input: { ...input, neighborhoodId: neighborhood.id, subject: 'SERVICE_REQUEST' } } })).body).toEqual(
      refusal('raiseEscalation', 'A SERVICE_REQUEST escalation needs serviceRequestId.', { code: 'BAD_USER_INPUT', field: 'serviceRequestId' }),
    );
  });
});
