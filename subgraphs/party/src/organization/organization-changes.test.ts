import pg from 'pg';
import { Role } from '../../../platform/access/role.js';
import { demoScenario } from '../../../../infra/demo/demo-tokens.js';
import { startGraph, type GraphStack } from '../../../../test/harness/graph-stack.js';
import { planPartyData, type PartyDemoData } from '../../seeders/party.seeder.js';
import { PartyOrganizationKind } from './organization-kinds.js';

let graph: GraphStack;
let data: PartyDemoData;
let db: pg.Client;
beforeAll(async () => {
  graph = await startGraph();
  data = planPartyData(graph.plan);
  db = new pg.Client({ connectionString: graph.adminDatabaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await graph?.stop();
});

const token = (role: Role) => graph.tokens.get(role)!;
const refusal = (path: string, message: string, code: string, details: Record<string, unknown> = {}) => ({ data: null, errors: [{ message, path: [path], extensions: { code, ...details } }] });
const day = () => graph.clock.now().toISOString().slice(0, 10);
const FIELDS = 'id version name contactPhone officeAddress parent { id } community { id } street { id } dissolvedOn dissolvedBy dissolutionReason';
const UPDATE = `mutation($input: UpdatePartyOrganizationInput!) { updatePartyOrganization(input: $input) { ${FIELDS} } }`;
const MOVE = `mutation($input: MovePartyOrganizationInput!) { movePartyOrganization(input: $input) { ${FIELDS} } }`;
const DISSOLVE = `mutation($input: DissolvePartyOrganizationInput!) { dissolvePartyOrganization(input: $input) { ${FIELDS} } }`;
const READ = `query($id: ID!) { partyOrganization(id: $id) { ${FIELDS} } }`;

function committees() {
  const { community } = demoScenario(graph.plan);
  const communityCommittee = data.organizations.find((row) => row.kind === PartyOrganizationKind.COMMUNITY_COMMITTEE && row.communityId === community.id)!;
  const streetCommittee = data.organizations.find((row) => row.kind === PartyOrganizationKind.STREET_WORKING_COMMITTEE && row.streetId === community.streetId)!;
  return { community, communityCommittee, streetCommittee };
}

async function createRetiredBranch(name: string): Promise<string> {
  const response = await graph.graphql<{ createPartyOrganization: { id: string } }>(
    `mutation($input: CreatePartyOrganizationInput!) { createPartyOrganization(input: $input) { id } }`,
    { token: token(Role.COMMUNITY), variables: { input: { name, kind: 'RETIRED_MEMBERS_BRANCH', parentId: committees().communityCommittee.id } } },
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.createPartyOrganization.id;
}

describe('editing, moving and dissolving a party organisation', () => {
  it('lets the area office above edit the name and contacts with the version read, and refuses others and stale versions', async () => {
    const id = await createRetiredBranch('离退休党员第二支部');
    const { community, communityCommittee, streetCommittee } = committees();
    const before = {
      id, version: 1, name: '离退休党员第二支部', contactPhone: null, officeAddress: null, parent: { id: communityCommittee.id }, community: { id: community.id },
      street: { id: streetCommittee.streetId }, dissolvedOn: null, dissolvedBy: null, dissolutionReason: null,
    };
    const input = { id, expectedVersion: 1, name: '离退休党员联合支部', contactPhone: '0537-7321000', officeAddress: '社区党群服务中心二楼' };
    expect((await graph.graphql(UPDATE, { token: token(Role.PARTY_BRANCH), variables: { input } })).body).toEqual(
      refusal('updatePartyOrganization', 'Your role (PARTY_BRANCH) may not edit 离退休党员第二支部: only the area offices above it may (its community, street or district).', 'FORBIDDEN', { organizationId: id }),
    );
    const otherStreet = graph.plan.streets.find((street) => street.id !== streetCommittee.streetId)!;
    const otherStreetToken = await graph.issuer.issue('other-street', { role: Role.STREET, grant: { streetIds: [otherStreet.id] } }, { expiresIn: '1h' });
    expect((await graph.graphql(UPDATE, { token: otherStreetToken, variables: { input } })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await graph.graphql(UPDATE, { token: token(Role.COMMUNITY), variables: { input: { ...input, expectedVersion: 4 } } })).body).toEqual(
      refusal('updatePartyOrganization', 'This organisation is at version 1, not 4: someone changed it since you read it. Reload and try again.', 'CONFLICT'),
    );
    expect((await graph.graphql(UPDATE, { token: token(Role.COMMUNITY), variables: { input: { ...input, contactPhone: 'call me' } } })).body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await graph.graphql(READ, { token: token(Role.DISTRICT), variables: { id } })).body).toEqual({ data: { partyOrganization: before } });

    const updated = { ...before, version: 2, name: '离退休党员联合支部', contactPhone: '0537-7321000', officeAddress: '社区党群服务中心二楼' };
    expect((await graph.graphql(UPDATE, { token: token(Role.COMMUNITY), variables: { input } })).body).toEqual({ data: { updatePartyOrganization: updated } });
    // A community committee is edited from above it, not by the community office acting for it.
    expect((await graph.graphql(UPDATE, { token: token(Role.COMMUNITY), variables: { input: { id: communityCommittee.id, expectedVersion: 1, name: '改名' } } })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('moves an organisation to another parent in the caller\'s area, and dissolves it only once it holds nobody', async () => {
    const id = await createRetiredBranch('离退休党员第三支部');
    const { community, communityCommittee, streetCommittee } = committees();
    const input = { id, expectedVersion: 1, parentId: streetCommittee.id };
    // The community office is above the branch but not responsible for the street's working committee.
    expect((await graph.graphql(MOVE, { token: token(Role.COMMUNITY), variables: { input } })).body).toEqual(
      refusal('movePartyOrganization', `Your role (COMMUNITY) may not move organisations in ${streetCommittee.name}: only the party office responsible for it may (its own branch, or the community, street or district above it).`, 'FORBIDDEN', { organizationId: streetCommittee.id }),
    );
    const { branch } = demoScenario(graph.plan);
    expect((await graph.graphql(MOVE, { token: token(Role.STREET), variables: { input: { ...input, parentId: branch.id } } })).body).toEqual(
      refusal('movePartyOrganization', 'A RETIRED_MEMBERS_BRANCH goes under a STREET_WORKING_COMMITTEE or COMMUNITY_COMMITTEE, not under a NEIGHBORHOOD_BRANCH.', 'BAD_USER_INPUT', { field: 'parentId' }),
    );
    expect((await graph.graphql(MOVE, { token: token(Role.STREET), variables: { input: { ...input, expectedVersion: 2 } } })).body.errors?.[0].extensions?.code).toBe('CONFLICT');
    const moved = (await graph.graphql(MOVE, { token: token(Role.STREET), variables: { input } })).body;
    expect(moved).toEqual({
      data: {
        movePartyOrganization: {
          id, version: 2, name: '离退休党员第三支部', contactPhone: null, officeAddress: null, parent: { id: streetCommittee.id }, community: null,
          street: { id: streetCommittee.streetId }, dissolvedOn: null, dissolvedBy: null, dissolutionReason: null,
        },
      },
    });
    expect((await graph.graphql(`query($id: ID!) { partyOrganization(id: $id) { ancestors { id } } }`, { token: token(Role.STREET), variables: { id } })).body).toEqual({
      data: { partyOrganization: { ancestors: [{ id: streetCommittee.id }] } },
    });
    void community;
    void communityCommittee;

    // The demo branch still holds members and groups: dissolving it is refused, saying what to do first.
    const branchVersion = (await db.query<{ version: number }>('select version from party.organization where id = $1', [branch.id])).rows[0].version;
    const held = data.members.filter((member) => member.organizationId === branch.id).length;
    const groups = data.organizations.filter((row) => row.parentId === branch.id).length;
    expect((await graph.graphql(DISSOLVE, { token: token(Role.COMMUNITY), variables: { input: { id: branch.id, expectedVersion: branchVersion, reason: '小区合并' } } })).body).toEqual(
      refusal(
        'dissolvePartyOrganization',
        `${branch.name} still holds ${held} member(s) and ${groups} organisation(s) below it: transfer the members (transferPartyMember) and dissolve or move the organisations below (movePartyOrganization) first.`,
        'CONFLICT',
        { members: held, children: groups },
      ),
    );
    expect((await graph.graphql(DISSOLVE, { token: token(Role.COMMUNITY), variables: { input: { id, expectedVersion: 2, reason: '支部合并' } } })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const dissolved = (await graph.graphql(DISSOLVE, { token: token(Role.STREET), variables: { input: { id, expectedVersion: 2, reason: '支部合并' } } })).body;
    expect(dissolved).toEqual({
      data: {
        dissolvePartyOrganization: {
          id, version: 3, name: '离退休党员第三支部', contactPhone: null, officeAddress: null, parent: { id: streetCommittee.id }, community: null,
          street: { id: streetCommittee.streetId }, dissolvedOn: day(), dissolvedBy: 'demo-street', dissolutionReason: '支部合并',
        },
      },
    });
    expect((await graph.graphql(UPDATE, { token: token(Role.STREET), variables: { input: { id, expectedVersion: 3, name: '再改名' } } })).body).toEqual(
      refusal('updatePartyOrganization', `离退休党员第三支部 was dissolved on ${day()}: a dissolved organisation is not changed.`, 'CONFLICT'),
    );
  });

  it('lets a successor group be created for a building once its group is dissolved, while one standing group per building still holds', async () => {
    // A group that holds nobody and nothing below it, so its area office may dissolve it.
    const group = data.organizations.find(
      (row) => row.kind === PartyOrganizationKind.BUILDING_GROUP && !data.members.some((member) => member.organizationId === row.id) && !data.organizations.some((child) => child.parentId === row.id),
    )!;
    const building = { id: group.buildingId! };
    const CREATE = `mutation($input: CreatePartyOrganizationInput!) { createPartyOrganization(input: $input) { id kind building { id } dissolvedOn } }`;
    const create = (name: string) => graph.graphql<{ createPartyOrganization: { id: string } }>(CREATE, {
      token: token(Role.DISTRICT),
      variables: { input: { name, kind: 'BUILDING_GROUP', parentId: group.parentId, buildingId: building.id } },
    });
    const firstId = group.id;
    expect((await create('重复党小组')).body).toEqual(refusal('createPartyOrganization', 'This building already has a party group.', 'CONFLICT'));

    const version = (await db.query<{ version: number }>('select version from party.organization where id = $1', [firstId])).rows[0].version;
    const dissolved = await graph.graphql<{ dissolvePartyOrganization: { dissolvedOn: string } }>(DISSOLVE, { token: token(Role.DISTRICT), variables: { input: { id: firstId, expectedVersion: version, reason: '党小组调整' } } });
    expect(dissolved.body.errors).toBeUndefined();
    expect(dissolved.body.data!.dissolvePartyOrganization.dissolvedOn).toBe(day());
    const successor = await create('继任党小组');
    const successorId = successor.body.data!.createPartyOrganization.id;
    expect(successor.body).toEqual({ data: { createPartyOrganization: { id: successorId, kind: 'BUILDING_GROUP', building: { id: building.id }, dissolvedOn: null } } });
    // Both rows stay; the successor is the one standing, and a second standing group is still refused, by the code and by the index.
    expect((await create('又一个党小组')).body).toEqual(refusal('createPartyOrganization', 'This building already has a party group.', 'CONFLICT'));
    const rows = await db.query<{ id: string; dissolved: boolean }>(
      `select id, dissolved_on is not null as dissolved from party.organization where building_id = $1 and kind = 'BUILDING_GROUP' order by dissolved desc`,
      [building.id],
    );
    expect(rows.rows).toEqual([{ id: firstId, dissolved: true }, { id: successorId, dissolved: false }]);
    await expect(
      db.query(`insert into party.organization (id, created_at, updated_at, version, name, kind, parent_id, ancestor_ids, district_id, street_id, community_id, neighborhood_ids, building_id)
        select gen_random_uuid(), now(), now(), 1, '索引检查', kind, parent_id, ancestor_ids, district_id, street_id, community_id, neighborhood_ids, building_id from party.organization where id = $1`, [successorId]),
    ).rejects.toThrow(/organization_building_group_unique/);
  });

  it('lets a successor committee be created for a community once its committee is dissolved (the index counts standing committees only)', async () => {
    const { communityCommittee } = committees();
    // Inside a transaction rolled back at the end: the demo committee stays as it is for the other suites' data.
    await db.query('begin');
    try {
      const copy = `insert into party.organization (id, created_at, updated_at, version, name, kind, parent_id, ancestor_ids, district_id, street_id, community_id, neighborhood_ids)
        select gen_random_uuid(), now(), now(), 1, '继任社区党委', kind, parent_id, ancestor_ids, district_id, street_id, community_id, neighborhood_ids from party.organization where id = $1`;
      await db.query('savepoint standing');
      await expect(db.query(copy, [communityCommittee.id])).rejects.toThrow(/organization_community_committee_unique/);
      await db.query('rollback to savepoint standing');
      await db.query(`update party.organization set dissolved_on = current_date, dissolved_by = 'test', dissolution_reason = '社区合并' where id = $1`, [communityCommittee.id]);
      await expect(db.query(copy, [communityCommittee.id])).resolves.toMatchObject({ rowCount: 1 });
    } finally {
      await db.query('rollback');
    }
  });
});
