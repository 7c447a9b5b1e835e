import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { Role } from '../../../platform/access/role.js';
import { startGraph, type GraphStack } from '../../../../test/harness/graph-stack.js';
import { planPartyData, type PartyDemoData } from '../../seeders/party.seeder.js';
import { PartyOrganizationKind } from './organization-kinds.js';

let graph: GraphStack;
let data: PartyDemoData;
const second = { districtId: randomUUID(), streetId: randomUUID(), communityId: randomUUID(), neighborhoodId: randomUUID() };
const built: { streetCommittee?: string; branch?: string } = {};

/**
 * A second district beside the demo one. The registry has no createDistrict, so its places go straight into the
 * party's own register (as the seeder loads the demo's); its organisations are then created through the gateway.
 */
beforeAll(async () => {
  graph = await startGraph();
  data = planPartyData(graph.plan);
  const db = new pg.Client({ connectionString: graph.adminDatabaseUrl });
  await db.connect();
  const { districtId, streetId, communityId, neighborhoodId } = second;
  await db.query(
    `insert into party.place_register (id, level, district_id, street_id, community_id, neighborhood_id, building_id) values
       ($2, 'STREET', $1, $2, null, null, null), ($3, 'COMMUNITY', $1, $2, $3, null, null), ($4, 'NEIGHBORHOOD', $1, $2, $3, $4, null)`,
    [districtId, streetId, communityId, neighborhoodId],
  );
  await db.end();
  const token = await graph.issuer.issue('second-district', { role: Role.DISTRICT, grant: { districtIds: [districtId] } }, { expiresIn: '1h' });
  const create = async (input: Record<string, unknown>) => {
    const response = await graph.graphql<{ createPartyOrganization: { id: string } }>(`mutation($input: CreatePartyOrganizationInput!) { createPartyOrganization(input: $input) { id } }`, { token, variables: { input } });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.createPartyOrganization.id;
  };
  built.streetCommittee = await create({ name: '第二街道党工委', kind: 'STREET_WORKING_COMMITTEE', streetId });
  const committee = await create({ name: '第二社区党委', kind: 'COMMUNITY_COMMITTEE', parentId: built.streetCommittee, communityId });
  built.branch = await create({ name: '第二小区联合党支部', kind: 'NEIGHBORHOOD_BRANCH', form: 'JOINT', parentId: committee, neighborhoodIds: [neighborhoodId] });
});
afterAll(async () => {
  await graph?.stop();
});

const BRANCHES = `{ partyOrganizations(first: 100, filter: { kind: NEIGHBORHOOD_BRANCH }) { totalCount nodes { id } } }`;

describe("organisations are public facts only inside the caller's districts", () => {
  it("does not list another district's neighborhood branches to a district office (found by an outside harness)", async () => {
    const demoBranches = data.organizations.filter((row) => row.kind === PartyOrganizationKind.NEIGHBORHOOD_BRANCH).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    const listed = await graph.graphql<{ partyOrganizations: { totalCount: number; nodes: { id: string }[] } }>(BRANCHES, { token: graph.tokens.get(Role.DISTRICT) });
    expect(listed.body.data!.partyOrganizations.totalCount).toBe(demoBranches.length);
    expect(listed.body.data!.partyOrganizations.nodes.map((node) => node.id)).not.toContain(built.branch);

    const secondToken = await graph.issuer.issue('second-district', { role: Role.DISTRICT, grant: { districtIds: [second.districtId] } }, { expiresIn: '1h' });
    expect((await graph.graphql(BRANCHES, { token: secondToken })).body).toEqual({ data: { partyOrganizations: { totalCount: 1, nodes: [{ id: built.branch }] } } });
  });

  it('refuses every other path to them as missing: by id, through the tree, for every role of the demo district', async () => {
    for (const role of [Role.DISTRICT, Role.STREET, Role.COMMUNITY, Role.PARTY_BRANCH, Role.PROPERTY_COMPANY, Role.RESIDENT]) {
      const response = await graph.graphql(`query($id: ID!) { partyOrganization(id: $id) { id descendants { id } } }`, { token: graph.tokens.get(role), variables: { id: built.streetCommittee } });
      expect(response.body).toEqual({
        data: null,
        errors: [{ message: `No PartyOrganization with id "${built.streetCommittee}" is visible to you.`, path: ['partyOrganization'], extensions: { code: 'NOT_FOUND', id: built.streetCommittee, typeName: 'PartyOrganization' } }],
      });
      const list = await graph.graphql<{ partyOrganizations: { nodes: { id: string }[] } }>(`{ partyOrganizations(first: 100) { nodes { id } } }`, { token: graph.tokens.get(role) });
      expect(list.body.data!.partyOrganizations.nodes.map((node) => node.id)).not.toContain(built.branch);
    }
    // Nor can a mutation reach into the other district by naming one of its organisations as parent.
    const response = await graph.graphql(`mutation($input: CreatePartyOrganizationInput!) { createPartyOrganization(input: $input) { id } }`, {
      token: graph.tokens.get(Role.DISTRICT),
      variables: { input: { name: '越界支部', kind: 'RETIRED_MEMBERS_BRANCH', parentId: built.streetCommittee } },
    });
    expect(response.body.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
  });
});
