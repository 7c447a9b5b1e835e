import { Role } from '../../../platform/access/role.js';
import { demoScenario } from '../../../../infra/demo/demo-tokens.js';
import { startGraph, type GraphStack } from '../../../../test/harness/graph-stack.js';
import { planPartyData, SEEDED_TERM, type PartyDemoData } from '../../seeders/party.seeder.js';
import { PartyOrganizationKind } from '../organization/organization-kinds.js';
import { PartyMemberStatus } from './member-kinds.js';

let graph: GraphStack;
let data: PartyDemoData;
beforeAll(async () => {
  graph = await startGraph();
  data = planPartyData(graph.plan);
});
afterAll(async () => {
  await graph?.stop();
});

const ADD_MEMBER = 'mutation($input: AddPartyMemberInput!) { addPartyMember(input: $input) { id status organization { id } } }';
const REPORT_IN = 'mutation($input: RecordPartyReportInInput!) { recordPartyReportIn(input: $input) { member { id } community { id } pairedHouseholdCount reportedOn } }';
const APPOINT = 'mutation($input: AppointPartyPostInput!) { appointPartyPost(input: $input) { kind secretaryOrigin termStart termEnd person { id } organization { id } } }';
const DESIGNATE = `mutation($input: DesignateCentralHouseholdInput!) {
  designateCentralHousehold(input: $input) { member { id } organization { id } household { id } servedHouseholds { id } servedHouseholdCount }
}`;
const STATION = 'mutation($input: CreatePartyServiceStationInput!) { createPartyServiceStation(input: $input) { name kind floorArea openingHours neighborhood { id } organization { id } } }';

const refusal = (path: string, message: string, extensions: Record<string, unknown>) => ({ data: null, errors: [{ message, path: [path], extensions }] });
const notMember = (predicate: (person: GraphStack['plan']['persons'][number]) => boolean) =>
  graph.plan.persons.filter((person) => predicate(person) && !data.members.some((member) => member.personId === person.id));

describe('report-ins (双报到)', () => {
  it("lets a unit report its in-service member to the community where they live, with 10–15 households there", async () => {
    const { jointUnit } = demoScenario(graph.plan);
    expect(jointUnit.partyOrganizationId).not.toBeNull();
    const home = graph.plan.neighborhoods[graph.plan.neighborhoods.length - 1];
    const [person] = notMember((candidate) => candidate.residenceNeighborhoodId === home.id);
    const token = graph.tokens.get(Role.JOINT_UNIT)!;
    const added = await graph.graphql(ADD_MEMBER, {
      token,
      variables: { input: { personId: person.id, organizationId: jointUnit.partyOrganizationId, category: 'FORMAL', status: 'IN_SERVICE', residenceNeighborhoodId: home.id } },
    });
    const member = (added.body.data as { addPartyMember: { id: string } }).addPartyMember;
    expect(added.body).toEqual({ data: { addPartyMember: { id: member.id, status: 'IN_SERVICE', organization: { id: jointUnit.partyOrganizationId } } } });

    const unitsThere = graph.plan.units.filter((unit) => unit.communityId === home.communityId).map((unit) => unit.id);
    const elsewhere = graph.plan.units.filter((unit) => unit.communityId !== home.communityId).map((unit) => unit.id);
    expect((await graph.graphql(REPORT_IN, { token, variables: { input: { memberId: member.id, pairedUnitIds: unitsThere.slice(0, 9) } } })).body).toEqual(
      refusal('recordPartyReportIn', 'A reporting member pairs with 10 to 15 households; you listed 9.', { code: 'BAD_USER_INPUT', field: 'pairedUnitIds', count: 9 }),
    );
    expect((await graph.graphql(REPORT_IN, { token, variables: { input: { memberId: member.id, pairedUnitIds: [...unitsThere.slice(0, 11), elsewhere[0]] } } })).body).toEqual(
      refusal('recordPartyReportIn', 'Every paired household must be in the community where the member lives.', { code: 'BAD_USER_INPUT', field: 'pairedUnitIds' }),
    );
    const recorded = await graph.graphql(REPORT_IN, { token, variables: { input: { memberId: member.id, pairedUnitIds: unitsThere.slice(0, 12) } } });
    expect(recorded.body).toEqual({
      data: { recordPartyReportIn: { member: { id: member.id }, community: { id: home.communityId }, pairedHouseholdCount: 12, reportedOn: new Date().toISOString().slice(0, 10) } },
    });
    expect((await graph.graphql(REPORT_IN, { token, variables: { input: { memberId: member.id, pairedUnitIds: unitsThere.slice(0, 12) } } })).body).toEqual(
      refusal('recordPartyReportIn', 'This member has already reported in.', { code: 'CONFLICT' }),
    );

    // The receiving community sees who reported to it; another community may not look.
    const homeToken = await graph.issuer.issue('home-community', { role: Role.COMMUNITY, grant: { communityIds: [home.communityId] } });
    const listed = await graph.graphql('query($id: ID!) { partyReportIns(communityId: $id) { member { id } pairedHouseholdCount } }', { token: homeToken, variables: { id: home.communityId } });
    const seeded = data.reportIns.filter((row) => row.communityId === home.communityId);
    expect(((listed.body.data as { partyReportIns: { member: { id: string } }[] }).partyReportIns).map((row) => row.member.id).sort()).toEqual(
      [member.id, ...seeded.map((row) => row.memberId)].sort(),
    );
    const otherCommunity = graph.plan.communities.find((community) => community.id !== home.communityId)!;
    const otherToken = await graph.issuer.issue('other-community', { role: Role.COMMUNITY, grant: { communityIds: [otherCommunity.id] } });
    expect((await graph.graphql('query($id: ID!) { partyReportIns(communityId: $id) { pairedHouseholdCount } }', { token: otherToken, variables: { id: home.communityId } })).body).toEqual(
      refusal('partyReportIns', 'Your role (COMMUNITY) may not read report-ins to this community: its COMMUNITY, STREET and DISTRICT offices may.', { code: 'FORBIDDEN' }),
    );
  });

  it("refuses a unit registering members in a branch, and a retired member's report-in", async () => {
    const { branch, community } = demoScenario(graph.plan);
    const [person] = notMember((candidate) => candidate.residenceNeighborhoodId === branch.neighborhoodIds[0]);
    expect((await graph.graphql(ADD_MEMBER, { token: graph.tokens.get(Role.JOINT_UNIT), variables: { input: { personId: person.id, organizationId: branch.id, category: 'FORMAL', status: 'IN_SERVICE' } } })).body).toEqual(
      refusal('addPartyMember', `Your role (JOINT_UNIT) may not register members in ${branch.name}: only the party office responsible for it may (its own branch, or the community, street or district above it).`, {
        code: 'FORBIDDEN',
        organizationId: branch.id,
      }),
    );
    const retired = data.members.find((member) => member.status === PartyMemberStatus.RETIRED && member.communityId === community.id)!;
    const units = graph.plan.units.filter((unit) => unit.communityId === community.id).slice(0, 10).map((unit) => unit.id);
    expect((await graph.graphql(REPORT_IN, { token: graph.tokens.get(Role.COMMUNITY), variables: { input: { memberId: retired.id, pairedUnitIds: units } } })).body).toEqual(
      refusal('recordPartyReportIn', 'Only in-service members report in (双报到); this member is RETIRED.', { code: 'BAD_USER_INPUT', field: 'memberId' }),
    );
    const other = data.members.find((member) => member.communityId !== null && member.communityId !== community.id)!;
    expect((await graph.graphql(REPORT_IN, { token: graph.tokens.get(Role.COMMUNITY), variables: { input: { memberId: other.id, pairedUnitIds: units } } })).body).toEqual(
      refusal('recordPartyReportIn', `No PartyMember with id "${other.id}" is visible to you.`, { code: 'NOT_FOUND', typeName: 'PartyMember', id: other.id }),
    );
  });
});

describe('posts with terms', () => {
  it('requires a secretary origin, keeps one secretary per term, limits terms to 5 years, and refuses other subtrees', async () => {
    const { branch } = demoScenario(graph.plan);
    const [person] = notMember((candidate) => candidate.residenceNeighborhoodId === branch.neighborhoodIds[0]);
    const token = graph.tokens.get(Role.PARTY_BRANCH)!;
    const input = { organizationId: branch.id, personId: person.id, kind: 'SECRETARY', termStart: '2026-01-01', termEnd: '2030-12-31' };
    expect((await graph.graphql(APPOINT, { token, variables: { input } })).body).toEqual(
      refusal('appointPartyPost', 'A SECRETARY needs secretaryOrigin: where they came from.', { code: 'BAD_USER_INPUT', field: 'secretaryOrigin' }),
    );
    expect((await graph.graphql(APPOINT, { token, variables: { input: { ...input, secretaryOrigin: 'VETERAN' } } })).body).toEqual(
      refusal('appointPartyPost', `${branch.name} already has a SECRETARY for part of that term: end that term first.`, { code: 'CONFLICT' }),
    );
    expect((await graph.graphql(APPOINT, { token, variables: { input: { ...input, kind: 'DEPUTY_SECRETARY', termEnd: '2031-01-02' } } })).body).toEqual(
      refusal('appointPartyPost', 'A term lasts at most 5 years: end it by 2031-01-01.', { code: 'BAD_USER_INPUT', field: 'termEnd' }),
    );
    const appointed = await graph.graphql(APPOINT, { token, variables: { input: { ...input, kind: 'PART_TIME_COMMITTEE_MEMBER', termStart: SEEDED_TERM.termStart, termEnd: SEEDED_TERM.termEnd } } });
    expect(appointed.body).toEqual({
      data: { appointPartyPost: { kind: 'PART_TIME_COMMITTEE_MEMBER', secretaryOrigin: null, ...SEEDED_TERM, person: { id: person.id }, organization: { id: branch.id } } },
    });
    const other = graph.plan.partyBranches.find((candidate) => candidate.id !== branch.id)!;
    expect((await graph.graphql(APPOINT, { token, variables: { input: { ...input, organizationId: other.id, kind: 'COMMITTEE_MEMBER' } } })).body).toEqual(
      refusal('appointPartyPost', `Your role (PARTY_BRANCH) may not appoint posts in ${other.name}: only the party office responsible for it may (its own branch, or the community, street or district above it).`, {
        code: 'FORBIDDEN',
        organizationId: other.id,
      }),
    );
  });
});

describe('central households and service stations', () => {
  it('designates a member household serving neighbours in its own neighborhood, under the own subtree only', async () => {
    const { branch } = demoScenario(graph.plan);
    const groups = data.organizations.filter((row) => row.parentId === branch.id && row.kind === PartyOrganizationKind.BUILDING_GROUP);
    const unit = graph.plan.units.find(
      (candidate) => groups.some((group) => group.buildingId === candidate.buildingId) && candidate.ownerIds.length === 1 && !data.members.some((member) => member.personId === candidate.ownerIds[0]),
    )!;
    const group = groups.find((candidate) => candidate.buildingId === unit.buildingId)!;
    const token = graph.tokens.get(Role.PARTY_BRANCH)!;
    const added = await graph.graphql(ADD_MEMBER, {
      token,
      variables: { input: { personId: unit.ownerIds[0], organizationId: branch.id, category: 'FORMAL', status: 'RETIRED', residenceNeighborhoodId: unit.neighborhoodId } },
    });
    const member = (added.body.data as { addPartyMember: { id: string } }).addPartyMember;
    const neighbours = graph.plan.units.filter((candidate) => candidate.neighborhoodId === unit.neighborhoodId && candidate.id !== unit.id).slice(0, 3).map((candidate) => candidate.id);
    const outside = graph.plan.units.find((candidate) => candidate.neighborhoodId !== unit.neighborhoodId)!.id;
    const input = { memberId: member.id, organizationId: group.id, householdUnitId: unit.id, servedUnitIds: neighbours };
    expect((await graph.graphql(DESIGNATE, { token, variables: { input: { ...input, servedUnitIds: [...neighbours, outside] } } })).body).toEqual(
      refusal('designateCentralHousehold', "Every served household must be in the member's own neighborhood.", { code: 'BAD_USER_INPUT', field: 'servedUnitIds' }),
    );
    const otherGroup = data.organizations.find((row) => row.kind === PartyOrganizationKind.BUILDING_GROUP && !row.ancestorIds.includes(branch.id))!;
    expect((await graph.graphql(DESIGNATE, { token, variables: { input: { ...input, organizationId: otherGroup.id } } })).body).toEqual(
      refusal('designateCentralHousehold', `Your role (PARTY_BRANCH) may not designate central households in ${otherGroup.name}: only the party office responsible for it may (its own branch, or the community, street or district above it).`, {
        code: 'FORBIDDEN',
        organizationId: otherGroup.id,
      }),
    );
    expect((await graph.graphql(DESIGNATE, { token, variables: { input } })).body).toEqual({
      data: { designateCentralHousehold: { member: { id: member.id }, organization: { id: group.id }, household: { id: unit.id }, servedHouseholds: neighbours.map((id) => ({ id })), servedHouseholdCount: 3 } },
    });
  });

  it('records a station for the own branch and refuses another branch and a zero area', async () => {
    const { branch } = demoScenario(graph.plan);
    const token = graph.tokens.get(Role.PARTY_BRANCH)!;
    const input = { organizationId: branch.id, kind: 'SECRETARY_STUDIO', name: '书记工作室', neighborhoodId: branch.neighborhoodIds[0], floorArea: '35.50', openingHours: '周一至周五 9:00-17:00' };
    expect((await graph.graphql(STATION, { token, variables: { input } })).body).toEqual({
      data: { createPartyServiceStation: { name: '书记工作室', kind: 'SECRETARY_STUDIO', floorArea: '35.50', openingHours: '周一至周五 9:00-17:00', neighborhood: { id: branch.neighborhoodIds[0] }, organization: { id: branch.id } } },
    });
    const other = graph.plan.partyBranches.find((candidate) => candidate.id !== branch.id)!;
    expect((await graph.graphql(STATION, { token, variables: { input: { ...input, organizationId: other.id } } })).body.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect((await graph.graphql(STATION, { token, variables: { input: { ...input, floorArea: '0' } } })).body.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const stations = await graph.graphql('query($id: ID!) { partyOrganization(id: $id) { serviceStations { kind } } }', { token: graph.tokens.get(Role.RESIDENT), variables: { id: branch.id } });
    const kinds = (stations.body.data as { partyOrganization: { serviceStations: { kind: string }[] } }).partyOrganization.serviceStations.map(({ kind }) => kind);
    expect(kinds.sort()).toEqual([...data.stations.filter((station) => station.organizationId === branch.id).map(({ kind }) => kind), 'SECRETARY_STUDIO'].sort());
  });
});
