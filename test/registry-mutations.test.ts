import { Role } from '../subgraphs/platform/access/role.js';
import { demoScenario } from '../infra/demo/demo-tokens.js';
import { maskPhone } from '../subgraphs/registry/src/person/person-view.js';
import { startGraph, type GraphStack } from './harness/graph-stack.js';

/**
 * The registry's everyday mutations on their success paths, through the gateway with the responsible office's token,
 * each update at the version read and refused (CONFLICT, nothing stored) at a stale one.
 */

let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(() => graph?.stop());

const token = (role: Role) => graph.tokens.get(role)!;
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  graph.subgraphs.get('registry')!.orm.em.getConnection().execute<T[]>(text, params);

async function ok<T>(caller: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await graph.graphql<T>(query, { token: caller, variables });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!;
}

const stale = (field: string, current: number, sent: number) => ({
  data: null,
  errors: [
    {
      message: `This record is at version ${current}, not ${sent}: someone changed it since you read it. Reload and try again.`,
      path: [field],
      extensions: { code: 'CONFLICT', currentVersion: current },
    },
  ],
});

/** Sends an update at `version`, expects `expected`, then the same update at that (now stale) version, refused with nothing stored. */
async function updateThenStale(caller: string, field: string, inputType: string, selection: string, table: string, input: Record<string, unknown>, version: number, expected: unknown) {
  const query = `mutation($input: ${inputType}!) { ${field}(input: $input) { ${selection} } }`;
  expect((await graph.graphql(query, { token: caller, variables: { input: { ...input, expectedVersion: version } } })).body).toEqual({ data: { [field]: expected } });
  const [before] = await sql(`select * from registry.${table} where id = ?`, [input.id]);
  expect((await graph.graphql(query, { token: caller, variables: { input: { ...input, name: '过期改名', expectedVersion: version } } })).body).toEqual(stale(field, version + 1, version));
  expect((await sql(`select * from registry.${table} where id = ?`, [input.id]))[0]).toEqual(before);
}

const versionOf = async (table: string, id: string) => Number((await sql<{ version: number }>(`select version from registry.${table} where id = ?`, [id]))[0].version);

describe('the map, edited by the office responsible for each level', () => {
  it('the district office renames its district and a street', async () => {
    const { district } = graph.plan;
    const { street } = demoScenario(graph.plan);
    await updateThenStale(token(Role.DISTRICT), 'updateDistrict', 'UpdateDistrictInput', 'id name code version', 'district', { id: district.id, name: '梁山县（新）' }, await versionOf('district', district.id), {
      id: district.id, name: '梁山县（新）', code: district.code, version: (await versionOf('district', district.id)) + 1,
    });
    const streetVersion = await versionOf('street', street.id);
    await updateThenStale(token(Role.DISTRICT), 'updateStreet', 'UpdateStreetInput', 'id name version district { id }', 'street', { id: street.id, name: '水泊街道（新）' }, streetVersion, {
      id: street.id, name: '水泊街道（新）', version: streetVersion + 1, district: { id: district.id },
    });
  });

  it('the street office adds a community to its street and renames it', async () => {
    const { street } = demoScenario(graph.plan);
    const { createCommunity: created } = await ok<{ createCommunity: { id: string } }>(
      token(Role.STREET), 'mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id } }', { input: { streetId: street.id, name: ' 新华社区 ' } },
    );
    expect((await graph.graphql('query($id: ID!) { community(id: $id) { id name version street { id } neighborhoods { id } } }', { token: token(Role.STREET), variables: { id: created.id } })).body).toEqual({
      data: { community: { id: created.id, name: '新华社区', version: 1, street: { id: street.id }, neighborhoods: [] } },
    });
    expect(await sql('select name, street_id, district_id from registry.community where id = ?', [created.id])).toEqual([{ name: '新华社区', street_id: street.id, district_id: graph.plan.district.id }]);
    await updateThenStale(token(Role.STREET), 'updateCommunity', 'UpdateCommunityInput', 'id name version street { id }', 'community', { id: created.id, name: '新华里社区' }, 1, {
      id: created.id, name: '新华里社区', version: 2, street: { id: street.id },
    });
  });

  it('the community office renumbers a building and changes a unit', async () => {
    const { neighborhood } = demoScenario(graph.plan);
    const building = graph.plan.buildings.find((candidate) => candidate.neighborhoodId === neighborhood.id)!;
    const buildingVersion = await versionOf('building', building.id);
    const buildingInput = { id: building.id, number: '88号楼', floors: 18 };
    const query = 'mutation($input: UpdateBuildingInput!) { updateBuilding(input: $input) { id number floors version neighborhood { id } } }';
    expect((await graph.graphql(query, { token: token(Role.COMMUNITY), variables: { input: { ...buildingInput, expectedVersion: buildingVersion } } })).body).toEqual({
      data: { updateBuilding: { id: building.id, number: '88号楼', floors: 18, version: buildingVersion + 1, neighborhood: { id: neighborhood.id } } },
    });
    const [storedBuilding] = await sql('select * from registry.building where id = ?', [building.id]);
    expect((await graph.graphql(query, { token: token(Role.COMMUNITY), variables: { input: { id: building.id, floors: 3, expectedVersion: buildingVersion } } })).body).toEqual(
      stale('updateBuilding', buildingVersion + 1, buildingVersion),
    );
    expect((await sql('select * from registry.building where id = ?', [building.id]))[0]).toEqual(storedBuilding);

    const unit = graph.plan.units.find((candidate) => candidate.buildingId === building.id)!;
    const unitVersion = await versionOf('unit', unit.id);
    const unitQuery = 'mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { id number area use version building { number } } }';
    expect((await graph.graphql(unitQuery, { token: token(Role.COMMUNITY), variables: { input: { id: unit.id, number: '9-909', area: '101.25', use: 'COMMERCIAL', expectedVersion: unitVersion } } })).body).toEqual({
      data: { updateUnit: { id: unit.id, number: '9-909', area: '101.25', use: 'COMMERCIAL', version: unitVersion + 1, building: { number: '88号楼' } } },
    });
    const [storedUnit] = await sql('select * from registry.unit where id = ?', [unit.id]);
    expect((await graph.graphql(unitQuery, { token: token(Role.COMMUNITY), variables: { input: { id: unit.id, area: '1.00', expectedVersion: unitVersion } } })).body).toEqual(
      stale('updateUnit', unitVersion + 1, unitVersion),
    );
    expect((await sql('select * from registry.unit where id = ?', [unit.id]))[0]).toEqual(storedUnit);
  });
});

describe('people and owners, recorded by the community office', () => {
  it('registers a person, corrects them at the version read, and records them as a unit owner, keeping the ended ownership', async () => {
    const { community, neighborhood, ownedUnit, resident } = demoScenario(graph.plan);
    const worker = token(Role.COMMUNITY);
    const otherNeighborhood = graph.plan.neighborhoods.find((candidate) => candidate.communityId === community.id && candidate.id !== neighborhood.id) ?? neighborhood;
    const fields = 'id name phone idNumberMasked version residence { id }';
    const { createPerson: person } = await ok<{ createPerson: { id: string } & Record<string, unknown> }>(worker, `mutation($input: CreatePersonInput!) { createPerson(input: $input) { ${fields} } }`, {
      input: { name: '  李建华 ', phone: '13712345678', idNumber: '11010519491231002X', communityId: community.id, residenceNeighborhoodId: neighborhood.id },
    });
    expect(person).toEqual({ id: expect.any(String), name: '李建华', phone: '137****5678', idNumberMasked: null, version: 1, residence: { id: neighborhood.id } });
    expect(await sql('select name, phone, id_number_tail, community_id, street_id, district_id from registry.person where id = ?', [person.id])).toEqual([
      { name: '李建华', phone: '13712345678', id_number_tail: '002X', community_id: community.id, street_id: community.streetId, district_id: community.districtId },
    ]);

    await updateThenStale(worker, 'updatePerson', 'UpdatePersonInput', fields, 'person', { id: person.id, name: '李建国', residenceNeighborhoodId: otherNeighborhood.id }, 1, {
      id: person.id, name: '李建国', phone: '137****5678', idNumberMasked: null, version: 2, residence: { id: otherNeighborhood.id },
    });

    // The new person joins the resident as a co-owner, then becomes the sole owner.
    const SET = 'mutation($input: SetUnitOwnersInput!) { setUnitOwners(input: $input) { id developerHeld owners { id name phone } } }';
    const ownerView = (id: string, name: string, phone: string) => ({ id, name, phone: maskPhone(phone) });
    const residentOwner = ownerView(resident.id, resident.name, resident.phone);
    const newOwner = { id: person.id, name: '李建国', phone: '137****5678' };
    const both = await graph.graphql(SET, { token: worker, variables: { input: { unitId: ownedUnit.id, ownerIds: [...ownedUnit.ownerIds, person.id], developerHeld: false } } });
    const coOwners = graph.plan.persons.filter((candidate) => ownedUnit.ownerIds.includes(candidate.id)).map((owner) => ownerView(owner.id, owner.name, owner.phone));
    expect(both.body).toEqual({ data: { setUnitOwners: { id: ownedUnit.id, developerHeld: false, owners: [...coOwners, newOwner] } } });
    expect(coOwners).toContainEqual(residentOwner);

    const sole = await graph.graphql(SET, { token: worker, variables: { input: { unitId: ownedUnit.id, ownerIds: [person.id], developerHeld: false } } });
    expect(sole.body).toEqual({ data: { setUnitOwners: { id: ownedUnit.id, developerHeld: false, owners: [newOwner] } } });
    expect(await sql('select person_id from registry.unit_ownership where unit_id = ?', [ownedUnit.id])).toEqual([{ person_id: person.id }]);
    // The ownerships that ended are kept (产权变更记录), with who ended them and when.
    const ended = await sql<{ person_id: string; ended_by: string }>('select person_id, ended_by from registry.unit_ownership_ended where unit_id = ? order by person_id', [ownedUnit.id]);
    expect(ended).toEqual([...ownedUnit.ownerIds].sort().map((id) => ({ person_id: id, ended_by: 'demo-community' })));

    // Back to the developer: the last owner's ownership ends too.
    const developer = await graph.graphql(SET, { token: worker, variables: { input: { unitId: ownedUnit.id, ownerIds: [], developerHeld: true } } });
    expect(developer.body).toEqual({ data: { setUnitOwners: { id: ownedUnit.id, developerHeld: true, owners: [] } } });
    expect(await sql('select count(*)::int as count from registry.unit_ownership_ended where unit_id = ?', [ownedUnit.id])).toEqual([{ count: ownedUnit.ownerIds.length + 1 }]);
    // Read back by the office: the latest ending first, names masked as for owners.
    const past = await graph.graphql<{ unit: { pastOwnerships: { person: { id: string }; since: string; endedAt: string }[] } }>(
      'query($id: ID!) { unit(id: $id) { pastOwnerships { person { id name } since endedAt } } }', { token: worker, variables: { id: ownedUnit.id } },
    );
    expect(past.body.errors).toBeUndefined();
    const pastOwnerships = past.body.data!.unit.pastOwnerships;
    // The new person's ownership ended last; the original owners' ended together before it.
    expect(pastOwnerships[0].person).toEqual({ id: person.id, name: '李建国' });
    expect(pastOwnerships.slice(1).map((ownership) => ownership.person.id).sort()).toEqual([...ownedUnit.ownerIds].sort());
    for (const ownership of pastOwnerships) expect(new Date(ownership.endedAt).getTime()).toBeGreaterThanOrEqual(new Date(ownership.since).getTime());
  });
});
