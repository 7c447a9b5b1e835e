import { Role } from '../../../platform/access/role.js';
import { demoScenario } from '../../../../infra/demo/demo-tokens.js';
import { startGraph, type GraphStack } from '../../../../test/harness/graph-stack.js';
import { planCobuilding, PAIRING_PERIOD, type CobuildingDemo } from '../../seeders/cobuilding-plan.js';
import { todayInChina } from '../../../platform/calendar/calendar-day.js';

// Editing and ending what units and offices recorded (issue 16), through the gateway with each responsible token.
let graph: GraphStack;
let demo: CobuildingDemo;
let scenario: ReturnType<typeof demoScenario>;
beforeAll(async () => {
  graph = await startGraph();
  demo = planCobuilding(graph.plan);
  scenario = demoScenario(graph.plan);
});
afterAll(async () => {
  await graph?.stop();
});

const token = (role: Role) => graph.tokens.get(role)!;
/** The demo JOINT_UNIT token's unit (paired with the demo community) and a unit of another community. */
const myUnit = () => scenario.jointUnit;
const otherUnit = () => graph.plan.jointUnits.find((unit) => unit.communityId !== scenario.community.id)!;
const otherUnitToken = () => graph.issuer.issue(`unit-${otherUnit().id}`, { role: Role.JOINT_UNIT, org: otherUnit().id, grant: { communityIds: [otherUnit().communityId] } });
const otherCommunity = () => graph.plan.communities.find((community) => community.id !== scenario.community.id)!;
const otherCommunityToken = () => graph.issuer.issue('community-other', { role: Role.COMMUNITY, grant: { communityIds: [otherCommunity().id] } });
const today = () => todayInChina(graph.clock.now());

const failure = (code: string, message: string, path: string, extra: Record<string, unknown> = {}) => ({ data: null, errors: [{ message, path: [path], extensions: { code, ...extra } }] });
const notVisible = (typeName: string, id: string, path: string) => failure('NOT_FOUND', `No ${typeName} with id "${id}" is visible to you.`, path, { typeName, id });
const stale = (current: number, expected: number, path: string) =>
  failure('CONFLICT', `This record is at version ${current}, not ${expected}: someone changed it since you read it. Reload and try again.`, path, { version: current });

describe('a unit updates its own record', () => {
  const UPDATE = 'mutation($input: UpdateJointBuildingUnitInput!) { updateJointBuildingUnit(input: $input) { id name kind version } }';
  const READ = 'query($id: ID!) { jointBuildingUnit(id: $id) { id name kind version } }';

  it('at the version it read; a stale version, another unit or an office is refused and nothing changes', async () => {
    const unit = myUnit();
    const renamed = `${unit.name}（新址）`;
    const input = { id: unit.id, expectedVersion: 1, name: renamed };
    const byOther = await graph.graphql(UPDATE, { token: await otherUnitToken(), variables: { input } });
    expect(byOther.body).toEqual(failure('FORBIDDEN', 'Only the joint-building unit itself (JOINT_UNIT) may update its record.', 'updateJointBuildingUnit'));
    const byOffice = await graph.graphql(UPDATE, { token: token(Role.COMMUNITY), variables: { input } });
    expect(byOffice.body).toEqual(failure('FORBIDDEN', 'Only the joint-building unit itself (JOINT_UNIT) may update its record.', 'updateJointBuildingUnit'));
    const unchanged = await graph.graphql(READ, { token: token(Role.COMMUNITY), variables: { id: unit.id } });
    expect(unchanged.body).toEqual({ data: { jointBuildingUnit: { id: unit.id, name: unit.name, kind: unit.kind, version: 1 } } });

    const ok = await graph.graphql(UPDATE, { token: token(Role.JOINT_UNIT), variables: { input } });
    expect(ok.body).toEqual({ data: { updateJointBuildingUnit: { id: unit.id, name: renamed, kind: unit.kind, version: 2 } } });
    const again = await graph.graphql(UPDATE, { token: token(Role.JOINT_UNIT), variables: { input: { ...input, name: 'x' } } });
    expect(again.body).toEqual(stale(2, 1, 'updateJointBuildingUnit'));
    const taken = await graph.graphql(UPDATE, { token: token(Role.JOINT_UNIT), variables: { input: { id: unit.id, expectedVersion: 2, name: otherUnit().name } } });
    expect(taken.body).toEqual(failure('CONFLICT', 'Another unit in the directory already has this name: choose another.', 'updateJointBuildingUnit'));
    const stored = await graph.graphql(READ, { token: token(Role.COMMUNITY), variables: { id: unit.id } });
    expect(stored.body).toEqual({ data: { jointBuildingUnit: { id: unit.id, name: renamed, kind: unit.kind, version: 2 } } });
  });
});

describe('ending a unit post and a pairing', () => {
  const END_POST = 'mutation($input: EndJointUnitPostInput!) { endUnitPost(input: $input) { id title since endedOn endReason } }';
  const END_PAIRING = 'mutation($input: EndPairingInput!) { endPairing(input: $input) { id startsOn endsOn agreedEndsOn endReason active endedAt } }';

  it('ends a post today, keeping it with why; outsiders cannot, and a post ends once', async () => {
    const post = demo.posts.find((candidate) => candidate.unitId === myUnit().id)!;
    const input = { id: post.id, reason: '工作调动' };
    const byOther = await graph.graphql(END_POST, { token: await otherUnitToken(), variables: { input } });
    expect(byOther.body).toEqual(notVisible('JointUnitPost', post.id, 'endUnitPost'));
    const byOtherOffice = await graph.graphql(END_POST, { token: await otherCommunityToken(), variables: { input } });
    expect(byOtherOffice.body).toEqual(notVisible('JointUnitPost', post.id, 'endUnitPost'));
    const held = await graph.graphql('query($id: ID!) { person(id: $id) { unitPosts { id endedOn } } }', { token: token(Role.COMMUNITY), variables: { id: post.personId } });
    expect(held.body.data).toEqual({ person: { unitPosts: expect.arrayContaining([{ id: post.id, endedOn: null }]) } });

    const ok = await graph.graphql(END_POST, { token: token(Role.JOINT_UNIT), variables: { input } });
    expect(ok.body).toEqual({ data: { endUnitPost: { id: post.id, title: post.title, since: post.since, endedOn: today(), endReason: '工作调动' } } });
    const twice = await graph.graphql(END_POST, { token: token(Role.COMMUNITY), variables: { input } });
    expect(twice.body).toEqual(failure('CONFLICT', `This post already ended on ${today()}.`, 'endUnitPost'));
    const history = await graph.graphql('query($id: ID!) { person(id: $id) { unitPosts { id endedOn } } }', { token: token(Role.COMMUNITY), variables: { id: post.personId } });
    expect(history.body.data).toEqual({ person: { unitPosts: expect.arrayContaining([{ id: post.id, endedOn: today() }]) } });
  });

  it('ends a pairing in force today, keeping the agreed last day and why; outsiders cannot, and it ends once', async () => {
    const pairing = demo.pairings.find((candidate) => candidate.unitId === myUnit().id && candidate.neighborhoodId === null)!;
    const input = { id: pairing.id, reason: '单位搬迁，协议提前终止' };
    const byOtherOffice = await graph.graphql(END_PAIRING, { token: await otherCommunityToken(), variables: { input } });
    expect(byOtherOffice.body).toEqual(notVisible('Pairing', pairing.id, 'endPairing'));
    const byBranch = await graph.graphql(END_PAIRING, { token: token(Role.PARTY_BRANCH), variables: { input } });
    expect(byBranch.body.errors?.map((error) => error.extensions?.code)).toEqual([expect.stringMatching(/^(NOT_FOUND|FORBIDDEN)$/)]);
    const unchanged = await graph.graphql('query($id: ID!) { pairing(id: $id) { endsOn endReason } }', { token: token(Role.COMMUNITY), variables: { id: pairing.id } });
    expect(unchanged.body).toEqual({ data: { pairing: { endsOn: PAIRING_PERIOD.endsOn, endReason: null } } });

    const ok = await graph.graphql(END_PAIRING, { token: token(Role.JOINT_UNIT), variables: { input } });
    expect(ok.body).toEqual({
      data: { endPairing: { id: pairing.id, startsOn: PAIRING_PERIOD.startsOn, endsOn: today(), agreedEndsOn: PAIRING_PERIOD.endsOn, endReason: input.reason, active: true, endedAt: expect.any(String) } },
    });
    const twice = await graph.graphql(END_PAIRING, { token: token(Role.COMMUNITY), variables: { input } });
    expect(twice.body).toEqual(failure('CONFLICT', `This pairing was already ended on ${today()}.`, 'endPairing'));
  });
});

describe('editing a resource and closing a need', () => {
  const UPDATE = 'mutation($input: UpdateCobuildingResourceInput!) { updateCobuildingResource(input: $input) { id title description category active version } }';
  const CLOSE = 'mutation($input: CloseCobuildingNeedInput!) { closeCobuildingNeed(input: $input) { id status closeReason version } }';

  it('lets a unit edit its own resource at the version it read, and no one else', async () => {
    const resource = demo.resources.find((candidate) => candidate.unitId === myUnit().id)!;
    const input = { id: resource.id, expectedVersion: 1, title: '周末义诊（每月两次）', description: '每月第一、三个周六上午' };
    const byOther = await graph.graphql(UPDATE, { token: await otherUnitToken(), variables: { input } });
    expect(byOther.body).toEqual(failure('FORBIDDEN', 'Only the joint-building unit offering this resource may edit it.', 'updateCobuildingResource'));
    const ok = await graph.graphql(UPDATE, { token: token(Role.JOINT_UNIT), variables: { input } });
    expect(ok.body).toEqual({ data: { updateCobuildingResource: { id: resource.id, title: input.title, description: input.description, category: resource.category, active: true, version: 2 } } });
    const again = await graph.graphql(UPDATE, { token: token(Role.JOINT_UNIT), variables: { input } });
    expect(again.body).toEqual(stale(2, 1, 'updateCobuildingResource'));
  });

  it('lets the community office close a need as met; a unit or another office may not, and no project is planned for it after', async () => {
    const need = demo.needs.find((candidate) => candidate.communityId === scenario.community.id)!;
    const input = { id: need.id, expectedVersion: 1, outcome: 'MET', reason: '已由共建项目解决' };
    const byUnit = await graph.graphql(CLOSE, { token: token(Role.JOINT_UNIT), variables: { input } });
    expect(byUnit.body).toEqual(failure('FORBIDDEN', 'Your role (JOINT_UNIT) may not close this need: only the community, street or district office of its place may.', 'closeCobuildingNeed'));
    const byOtherOffice = await graph.graphql(CLOSE, { token: await otherCommunityToken(), variables: { input } });
    expect(byOtherOffice.body).toEqual(notVisible('CobuildingNeed', need.id, 'closeCobuildingNeed'));
    const open = await graph.graphql('query($id: ID!) { cobuildingNeed(id: $id) { status version } }', { token: token(Role.COMMUNITY), variables: { id: need.id } });
    expect(open.body).toEqual({ data: { cobuildingNeed: { status: 'OPEN', version: 1 } } });

    const ok = await graph.graphql(CLOSE, { token: token(Role.COMMUNITY), variables: { input } });
    expect(ok.body).toEqual({ data: { closeCobuildingNeed: { id: need.id, status: 'MET', closeReason: input.reason, version: 2 } } });
    const twice = await graph.graphql(CLOSE, { token: token(Role.COMMUNITY), variables: { input: { ...input, expectedVersion: 2, outcome: 'WITHDRAWN' } } });
    expect(twice.body).toEqual(failure('CONFLICT', 'This need is already MET.', 'closeCobuildingNeed', { status: 'MET' }));
    const resource = demo.resources.find((candidate) => candidate.unitId === myUnit().id)!;
    const project = await graph.graphql('mutation($input: CreateCoBuildingProjectInput!) { createCoBuildingProject(input: $input) { id } }', {
      token: token(Role.JOINT_UNIT),
      variables: { input: { needId: need.id, resourceId: resource.id, title: '不应立项' } },
    });
    expect(project.body).toEqual(failure('CONFLICT', 'This need is MET: plan projects only for open needs.', 'createCoBuildingProject', { status: 'MET' }));
    const listed = await graph.graphql<{ cobuildingNeeds: { nodes: { id: string }[] } }>('query($c: ID!) { cobuildingNeeds(first: 100, filter: { communityId: $c, status: MET }) { nodes { id } } }', {
      token: token(Role.COMMUNITY),
      variables: { c: scenario.community.id },
    });
    expect(listed.body).toEqual({ data: { cobuildingNeeds: { nodes: [{ id: need.id }] } } });
  });
});
