import { Role } from '../../platform/access/role.js';
import { demoScenario } from '../../../infra/demo/demo-tokens.js';
import { startGraph, type GraphStack } from '../../../test/harness/graph-stack.js';
import { planPartyData, type PartyDemoData } from '../seeders/party.seeder.js';
import { PartyOrganizationKind } from './organization/organization-kinds.js';
import { PartyPostKind } from './post/post-kinds.js';

let graph: GraphStack;
let data: PartyDemoData;
let otherStreetToken: string;
beforeAll(async () => {
  graph = await startGraph();
  data = planPartyData(graph.plan);
  const otherStreet = graph.plan.streets.find((street) => street.id !== demoScenario(graph.plan).street.id)!;
  otherStreetToken = await graph.issuer.issue('other-street', { role: Role.STREET, grant: { streetIds: [otherStreet.id] } }, { expiresIn: '1h' });
});
afterAll(async () => {
  await graph?.stop();
});

const token = (role: Role) => graph.tokens.get(role)!;
const refusal = (path: string, message: string, code: string, details: Record<string, unknown> = {}) => ({ data: null, errors: [{ message, path: [path], extensions: { code, ...details } }] });
const day = (offsetDays = 0) => new Date(graph.clock.now().getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const stale = (what: string, version: number, given: number) => `This ${what} is at version ${version}, not ${given}: someone changed it since you read it. Reload and try again.`;

describe('ending a post (提前免职)', () => {
  const END = `mutation($input: EndPartyPostInput!) { endPartyPost(input: $input) { id version kind termStart termEnd endedOn endedBy endReason } }`;

  it("ends the branch secretary's term today so a successor can be appointed, and refuses others and stale versions", async () => {
    const { branch } = demoScenario(graph.plan);
    const secretary = data.posts.find((post) => post.organizationId === branch.id && post.kind === PartyPostKind.SECRETARY && post.termStart <= day() && day() <= post.termEnd)!;
    const input = { postId: secretary.id, expectedVersion: 1, reason: '工作调动' };
    expect((await graph.graphql(END, { token: otherStreetToken, variables: { input } })).body).toEqual(
      refusal('endPartyPost', `No PartyPost with id "${secretary.id}" is visible to you.`, 'NOT_FOUND', { id: secretary.id, typeName: 'PartyPost' }),
    );
    expect((await graph.graphql(END, { token: token(Role.PARTY_BRANCH), variables: { input: { ...input, expectedVersion: 2 } } })).body).toEqual(refusal('endPartyPost', stale('post', 1, 2), 'CONFLICT'));

    const ended = { id: secretary.id, version: 2, kind: 'SECRETARY', termStart: secretary.termStart, termEnd: secretary.termEnd, endedOn: day(), endedBy: 'demo-party-branch', endReason: '工作调动' };
    expect((await graph.graphql(END, { token: token(Role.PARTY_BRANCH), variables: { input } })).body).toEqual({ data: { endPartyPost: ended } });
    expect((await graph.graphql(END, { token: token(Role.PARTY_BRANCH), variables: { input: { ...input, expectedVersion: 2 } } })).body).toEqual(refusal('endPartyPost', `This post was already ended on ${day()}.`, 'CONFLICT'));

    // The successor takes office tomorrow, inside the old planned term: the old post no longer holds those days.
    const successor = data.members.find((member) => member.organizationId === branch.id && member.personId !== secretary.personId)!;
    const appointed = await graph.graphql(
      `mutation($input: AppointPartyPostInput!) { appointPartyPost(input: $input) { kind termStart } }`,
      { token: token(Role.COMMUNITY), variables: { input: { organizationId: branch.id, personId: successor.personId, kind: 'SECRETARY', secretaryOrigin: 'ELECTED_RESIDENT_MEMBER', termStart: day(1), termEnd: day(700) } } },
    );
    expect(appointed.body).toEqual({ data: { appointPartyPost: { kind: 'SECRETARY', termStart: day(1) } } });
    const posts = await graph.graphql<{ partyOrganization: { posts: { id: string; endedOn: string | null }[] } }>(`query($id: ID!) { partyOrganization(id: $id) { posts { id endedOn } } }`, {
      token: token(Role.PARTY_BRANCH),
      variables: { id: branch.id },
    });
    expect(posts.body.data!.partyOrganization.posts.find((post) => post.id === secretary.id)).toEqual({ id: secretary.id, endedOn: day() });
  });
});

describe('editing and closing a service station', () => {
  const FIELDS = 'id version name floorArea openingHours closedOn closedBy closeReason';
  it('lets the running organisation\'s office edit and close it, keeping the row', async () => {
    const { branch } = demoScenario(graph.plan);
    const station = data.stations.find((row) => row.organizationId === branch.id)!;
    const input = { id: station.id, expectedVersion: 1, name: '红帆驿站（新址）', openingHours: '每日 8:00-20:00' };
    const UPDATE = `mutation($input: UpdatePartyServiceStationInput!) { updatePartyServiceStation(input: $input) { ${FIELDS} } }`;
    const CLOSE = `mutation($input: EndPartyRecordInput!) { closePartyServiceStation(input: $input) { ${FIELDS} } }`;
    expect((await graph.graphql(UPDATE, { token: token(Role.PROPERTY_COMPANY), variables: { input } })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await graph.graphql(UPDATE, { token: otherStreetToken, variables: { input } })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await graph.graphql(UPDATE, { token: token(Role.PARTY_BRANCH), variables: { input: { ...input, expectedVersion: 9 } } })).body).toEqual(refusal('updatePartyServiceStation', stale('station', 1, 9), 'CONFLICT'));
    const updated = { id: station.id, version: 2, name: '红帆驿站（新址）', floorArea: station.floorArea, openingHours: '每日 8:00-20:00', closedOn: null, closedBy: null, closeReason: null };
    expect((await graph.graphql(UPDATE, { token: token(Role.PARTY_BRANCH), variables: { input } })).body).toEqual({ data: { updatePartyServiceStation: updated } });
    const closed = { ...updated, version: 3, closedOn: day(), closedBy: 'demo-party-branch', closeReason: '场地到期' };
    expect((await graph.graphql(CLOSE, { token: token(Role.PARTY_BRANCH), variables: { input: { id: station.id, expectedVersion: 2, reason: '场地到期' } } })).body).toEqual({ data: { closePartyServiceStation: closed } });
    expect((await graph.graphql(UPDATE, { token: token(Role.PARTY_BRANCH), variables: { input: { ...input, expectedVersion: 3 } } })).body).toEqual(
      refusal('updatePartyServiceStation', `This station was closed on ${day()}: a closed station is not changed.`, 'CONFLICT'),
    );
  });
});

describe('editing and ending a central household and a report-in', () => {
  it("changes a central household's served households and ends it", async () => {
    const { branch } = demoScenario(graph.plan);
    const groups = new Set(data.organizations.filter((row) => row.parentId === branch.id && row.kind === PartyOrganizationKind.BUILDING_GROUP).map((row) => row.id));
    const household = data.households.find((row) => groups.has(row.organizationId))!;
    const home = graph.plan.units.find((unit) => unit.id === household.householdUnitId)!;
    const others = graph.plan.units.filter((unit) => unit.neighborhoodId === home.neighborhoodId && unit.id !== home.id).slice(0, 3).map((unit) => unit.id);
    const FIELDS = 'id version servedHouseholds { id } endedOn endedBy endReason';
    const UPDATE = `mutation($input: UpdateCentralHouseholdInput!) { updateCentralHousehold(input: $input) { ${FIELDS} } }`;
    const END = `mutation($input: EndPartyRecordInput!) { endCentralHousehold(input: $input) { ${FIELDS} } }`;
    const input = { id: household.id, expectedVersion: 1, servedUnitIds: others };
    expect((await graph.graphql(UPDATE, { token: otherStreetToken, variables: { input } })).body).toEqual(
      refusal('updateCentralHousehold', `No CentralHousehold with id "${household.id}" is visible to you.`, 'NOT_FOUND', { id: household.id, typeName: 'CentralHousehold' }),
    );
    expect((await graph.graphql(UPDATE, { token: token(Role.PARTY_BRANCH), variables: { input: { ...input, servedUnitIds: [home.id] } } })).body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await graph.graphql(UPDATE, { token: token(Role.PARTY_BRANCH), variables: { input: { ...input, expectedVersion: 0 } } })).body).toEqual(refusal('updateCentralHousehold', stale('central household', 1, 0), 'CONFLICT'));
    const updated = { id: household.id, version: 2, servedHouseholds: others.map((id) => ({ id })), endedOn: null, endedBy: null, endReason: null };
    expect((await graph.graphql(UPDATE, { token: token(Role.PARTY_BRANCH), variables: { input } })).body).toEqual({ data: { updateCentralHousehold: updated } });
    expect((await graph.graphql(END, { token: token(Role.PARTY_BRANCH), variables: { input: { id: household.id, expectedVersion: 2, reason: '党员搬离本楼' } } })).body).toEqual({
      data: { endCentralHousehold: { ...updated, version: 3, endedOn: day(), endedBy: 'demo-party-branch', endReason: '党员搬离本楼' } },
    });
  });

  it("changes a report-in's paired households and ends it, by the member's party office only", async () => {
    const reportIn = data.reportIns[0];
    const units = graph.plan.units.filter((unit) => graph.plan.neighborhoods.find((n) => n.id === unit.neighborhoodId)?.communityId === reportIn.communityId);
    const paired = units.filter((unit) => !reportIn.pairedUnitIds.includes(unit.id)).slice(0, 10).map((unit) => unit.id);
    const FIELDS = 'id version pairedHouseholdCount endedOn endedBy endReason';
    const UPDATE = `mutation($input: UpdatePartyReportInInput!) { updatePartyReportIn(input: $input) { ${FIELDS} } }`;
    const END = `mutation($input: EndPartyRecordInput!) { endPartyReportIn(input: $input) { ${FIELDS} } }`;
    const input = { id: reportIn.id, expectedVersion: 1, pairedUnitIds: paired };
    expect((await graph.graphql(UPDATE, { token: token(Role.COMMUNITY), variables: { input } })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await graph.graphql(UPDATE, { token: token(Role.DISTRICT), variables: { input: { ...input, pairedUnitIds: paired.slice(0, 3) } } })).body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await graph.graphql(UPDATE, { token: token(Role.DISTRICT), variables: { input: { ...input, expectedVersion: 2 } } })).body).toEqual(refusal('updatePartyReportIn', stale('report-in', 1, 2), 'CONFLICT'));
    const updated = { id: reportIn.id, version: 2, pairedHouseholdCount: 10, endedOn: null, endedBy: null, endReason: null };
    expect((await graph.graphql(UPDATE, { token: token(Role.DISTRICT), variables: { input } })).body).toEqual({ data: { updatePartyReportIn: updated } });
    expect((await graph.graphql(END, { token: token(Role.DISTRICT), variables: { input: { id: reportIn.id, expectedVersion: 2, reason: '调离原单位' } } })).body).toEqual({
      data: { endPartyReportIn: { ...updated, version: 3, endedOn: day(), endedBy: 'demo-district', endReason: '调离原单位' } },
    });
  });
});
