import { Role } from '../subgraphs/platform/access/role.js';
import { demoScenario } from '../infra/demo/demo-tokens.js';
import { startGraph, type GraphStack } from './harness/graph-stack.js';

/**
 * A building and a unit recorded in the registry reach the party subgraph's register of places (党建覆盖台账) by their
 * place certificates (registerPartyPlaces), and the branch can then name them: a building head (楼栋长) and a
 * party-member responsibility zone (党员责任区) on the new building.
 */

let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(() => graph?.stop());

const token = (role: Role) => graph.tokens.get(role)!;
const party = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  graph.subgraphs.get('party')!.orm.em.getConnection().execute<T[]>(text, params);
const registerCount = async () => (await party<{ count: number }>('select count(*)::int as count from party.place_register'))[0].count;

async function ok<T>(caller: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await graph.graphql<T>(query, { token: caller, variables });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!;
}

const REGISTER = `mutation($input: RegisterPartyPlacesInput!) { registerPartyPlaces(input: $input) {
  streets { id } communities { id name } neighborhoods { id } buildings { id number } units { id number } alreadyRegistered } }`;
const NOTHING = { streets: [], communities: [], neighborhoods: [], buildings: [], units: [] };
const APPOINT = 'mutation($input: AppointNeighborhoodHeadInput!) { appointNeighborhoodHead(input: $input) { kind building { id number } neighborhood { id } inForce } }';
const refusal = (code: string, message: string, path: string, extra: Record<string, unknown> = {}) => ({ data: null, errors: [{ message, path: [path], extensions: { code, ...extra } }] });

describe('new buildings and units reach the party register', () => {
  it('registers a building created in the registry by its unit certificate, after which the branch appoints its head and a responsibility zone', async () => {
    const { neighborhood, community } = demoScenario(graph.plan);
    const worker = token(Role.COMMUNITY);
    const { createBuilding: building } = await ok<{ createBuilding: { id: string; placeCertificate: string } }>(
      worker, 'mutation($input: CreateBuildingInput!) { createBuilding(input: $input) { id placeCertificate } }', { input: { neighborhoodId: neighborhood.id, number: '66号楼', floors: 11 } },
    );
    const { createUnit: unit } = await ok<{ createUnit: { id: string; placeCertificate: string; building: { placeCertificate: string } } }>(
      worker, 'mutation($input: CreateUnitInput!) { createUnit(input: $input) { id placeCertificate building { placeCertificate } } }', { input: { buildingId: building.id, number: '1-1101', area: '96.00' } },
    );

    const person = graph.plan.persons.find((candidate) => candidate.residenceNeighborhoodId === neighborhood.id)!;
    const appointment = { kind: 'BUILDING_HEAD', personId: person.id, selection: 'SELF_NOMINATION', buildingId: building.id, termStart: '2026-01-01', termEnd: '2028-12-31' };
    // Before it is registered, the party does not know the building.
    expect((await graph.graphql(APPOINT, { token: token(Role.PARTY_BRANCH), variables: { input: appointment } })).body).toEqual(
      refusal('BAD_USER_INPUT', `buildingId "${building.id}" is not a building in the party register of places.`, 'appointNeighborhoodHead', { field: 'buildingId' }),
    );

    // Refused: an organisation, the branch, another community's office, a forged certificate. Nothing stored.
    const before = await registerCount();
    const forbidden = (role: string) => refusal('FORBIDDEN', `Your role (${role}) may not add places of this community to the party register: its COMMUNITY, STREET and DISTRICT offices may.`, 'registerPartyPlaces');
    expect((await graph.graphql(REGISTER, { token: token(Role.PROPERTY_COMPANY), variables: { input: { placeCertificates: [unit.placeCertificate] } } })).body).toEqual(forbidden('PROPERTY_COMPANY'));
    expect((await graph.graphql(REGISTER, { token: token(Role.PARTY_BRANCH), variables: { input: { placeCertificates: [unit.placeCertificate] } } })).body).toEqual(forbidden('PARTY_BRANCH'));
    const otherCommunity = graph.plan.communities.find((candidate) => candidate.id !== community.id)!;
    const otherOffice = await graph.issuer.issue('other-community', { role: Role.COMMUNITY, grant: { communityIds: [otherCommunity.id] } });
    expect((await graph.graphql(REGISTER, { token: otherOffice, variables: { input: { placeCertificates: [unit.placeCertificate] } } })).body).toEqual(forbidden('COMMUNITY'));
    const [header, payload, signature] = unit.placeCertificate.split('.');
    const forged = `${header}.${Buffer.from(Buffer.from(payload, 'base64url').toString().replace(community.id, otherCommunity.id)).toString('base64url')}.${signature}`;
    expect((await graph.graphql(REGISTER, { token: worker, variables: { input: { placeCertificates: [forged] } } })).body).toEqual(
      refusal('BAD_USER_INPUT', 'placeCertificate is not one the registry issued, or it is older than a day: read it again from the place (e.g. neighborhood { placeCertificate }).', 'registerPartyPlaces', { field: 'placeCertificate' }),
    );
    expect(await registerCount()).toBe(before);

    // The unit's certificate brings its building; the neighborhood is registered already.
    expect((await graph.graphql(REGISTER, { token: worker, variables: { input: { placeCertificates: [unit.placeCertificate] } } })).body).toEqual({
      data: { registerPartyPlaces: { ...NOTHING, buildings: [{ id: building.id, number: '66号楼' }], units: [{ id: unit.id, number: '1-1101' }], alreadyRegistered: 0 } },
    });
    expect(await party('select id, level, district_id, street_id, community_id, neighborhood_id, building_id from party.place_register where id in (?, ?) order by level', [building.id, unit.id])).toEqual([
      { id: building.id, level: 'BUILDING', district_id: community.districtId, street_id: community.streetId, community_id: community.id, neighborhood_id: neighborhood.id, building_id: building.id },
      { id: unit.id, level: 'UNIT', district_id: community.districtId, street_id: community.streetId, community_id: community.id, neighborhood_id: neighborhood.id, building_id: building.id },
    ]);
    // Sending them again adds nothing.
    expect((await graph.graphql(REGISTER, { token: worker, variables: { input: { placeCertificates: [unit.building.placeCertificate, unit.placeCertificate, building.placeCertificate] } } })).body).toEqual({
      data: { registerPartyPlaces: { ...NOTHING, alreadyRegistered: 2 } },
    });
    expect(await registerCount()).toBe(before + 2);

    expect((await graph.graphql(APPOINT, { token: token(Role.PARTY_BRANCH), variables: { input: appointment } })).body).toEqual({
      data: { appointNeighborhoodHead: { kind: 'BUILDING_HEAD', building: { id: building.id, number: '66号楼' }, neighborhood: { id: neighborhood.id }, inForce: true } },
    });
    const branch = graph.plan.partyBranches.find((candidate) => candidate.neighborhoodIds.includes(neighborhood.id))!;
    const [member] = await party<{ id: string }>("select id from party.member where organization_id = ? order by id limit 1", [branch.id]);
    expect((await graph.graphql('mutation($input: AssignResponsibilityZoneInput!) { assignResponsibilityZone(input: $input) { name buildings { id number } } }', {
      token: token(Role.PARTY_BRANCH), variables: { input: { memberId: member.id, name: '66号楼党员责任区', buildingIds: [building.id] } },
    })).body).toEqual({ data: { assignResponsibilityZone: { name: '66号楼党员责任区', buildings: [{ id: building.id, number: '66号楼' }] } } });
  });

  it("registers a community the street office just created, so the party's coverage ledger answers for it", async () => {
    const { street } = demoScenario(graph.plan);
    const office = token(Role.STREET);
    const { createCommunity: created } = await ok<{ createCommunity: { id: string; placeCertificate: string } }>(
      office, 'mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id placeCertificate } }', { input: { streetId: street.id, name: '新华社区' } },
    );
    const COVERAGE = 'query($id: ID!) { neighborhoodsWithoutPartyBranch(areaId: $id) { id } }';
    expect((await graph.graphql(COVERAGE, { token: office, variables: { id: created.id } })).body).toEqual({
      data: null,
      errors: [{ message: `areaId "${created.id}" is not a street or community in the party register of places.`, path: ['neighborhoodsWithoutPartyBranch'], extensions: { code: 'BAD_USER_INPUT', field: 'areaId' } }],
    });
    expect((await graph.graphql(REGISTER, { token: office, variables: { input: { placeCertificates: [created.placeCertificate] } } })).body).toEqual({
      data: { registerPartyPlaces: { ...NOTHING, communities: [{ id: created.id, name: '新华社区' }], alreadyRegistered: 0 } },
    });
    expect((await graph.graphql(COVERAGE, { token: office, variables: { id: created.id } })).body).toEqual({ data: { neighborhoodsWithoutPartyBranch: [] } });
  });
});
