import { randomUUID } from 'node:crypto';
import { Role } from '../../../platform/access/role.js';
import { startGraph, type GraphStack } from '../../../../test/harness/graph-stack.js';

let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

const CREATE = 'mutation($input: CreateDistrictInput!) { createDistrict(input: $input) { id name code version streets { id } } }';
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  graph.subgraphs.get('registry')!.orm.em.getConnection().execute<T[]>(text, params);
const districtRows = () => sql<{ id: string; name: string; code: string }>('select id, name, code from registry.district order by code');
const officeOf = (districtId: string) => graph.issuer.issue(`district-office-${districtId}`, { role: Role.DISTRICT, grant: { districtIds: [districtId] } });
const refusal = (code: string, message: string) => ({ data: null, errors: [{ message, path: ['createDistrict'], extensions: { code } }] });

describe('registering a district (createDistrict)', () => {
  it('lets a district office record its own district once, then read and extend it', async () => {
    const id = randomUUID();
    const office = await officeOf(id);
    const created = await graph.graphql(CREATE, { token: office, variables: { input: { id, name: ' 嘉祥县 ', code: '370829' } } });
    expect(created.body).toEqual({ data: { createDistrict: { id, name: '嘉祥县', code: '370829', version: 1, streets: [] } } });
    expect((await graph.graphql('query($id: ID!) { district(id: $id) { name } }', { token: office, variables: { id } })).body).toEqual({ data: { district: { name: '嘉祥县' } } });
    // The new district is managed like any other: its office adds its first street.
    const street = await graph.graphql('mutation($input: CreateStreetInput!) { createStreet(input: $input) { name district { id } } }', {
      token: office, variables: { input: { districtId: id, name: '嘉祥街道' } },
    });
    expect(street.body).toEqual({ data: { createStreet: { name: '嘉祥街道', district: { id } } } });

    const before = await districtRows();
    expect((await graph.graphql(CREATE, { token: office, variables: { input: { id, name: '嘉祥县', code: '370830' } } })).body).toEqual(
      refusal('CONFLICT', 'This district, or another with this division code, is already registered: update it with updateDistrict.'),
    );
    expect(await districtRows()).toEqual(before);
  });

  it('refuses another district id, a division code already taken, and every other role, storing nothing', async () => {
    const before = await districtRows();
    const id = randomUUID();
    const forbidden = refusal('FORBIDDEN', 'Only the district office whose token grants this district (DISTRICT) may register it: a district records itself, never another.');
    // The demo district's own office may not register a district it was not granted.
    expect((await graph.graphql(CREATE, { token: graph.tokens.get(Role.DISTRICT), variables: { input: { id, name: '金乡县', code: '370828' } } })).body).toEqual(forbidden);
    for (const role of [Role.STREET, Role.COMMUNITY, Role.PARTY_BRANCH, Role.PROPERTY_COMPANY, Role.OWNERS_COMMITTEE, Role.JOINT_UNIT, Role.RESIDENT]) {
      expect((await graph.graphql(CREATE, { token: graph.tokens.get(role), variables: { input: { id, name: '金乡县', code: '370828' } } })).body).toEqual(forbidden);
    }
    // A new office may not take the code of a district already registered.
    const office = await officeOf(id);
    expect((await graph.graphql(CREATE, { token: office, variables: { input: { id, name: '金乡县', code: graph.plan.district.code } } })).body).toEqual(
      refusal('CONFLICT', 'This district, or another with this division code, is already registered: update it with updateDistrict.'),
    );
    expect((await graph.graphql(CREATE, { token: office, variables: { input: { id, name: '金乡县', code: '3708' } } })).body).toEqual({
      data: null,
      errors: [{ message: 'Invalid input: code must be 6 digits.', path: ['createDistrict'], extensions: { code: 'BAD_USER_INPUT', fields: ['code'] } }],
    });
    expect(await districtRows()).toEqual(before);
  });
});
