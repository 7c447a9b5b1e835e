import { Role } from '../../../platform/access/role.js';
import { demoScenario } from '../../../../infra/demo/demo-tokens.js';
import { startGraph, type GraphStack } from '../../../../test/harness/graph-stack.js';
import { planPartyData, type PartyDemoData } from '../../seeders/party.seeder.js';
import { PartyOrganizationKind } from '../organization/organization-kinds.js';

let graph: GraphStack;
let data: PartyDemoData;
beforeAll(async () => {
  graph = await startGraph();
  data = planPartyData(graph.plan);
});
afterAll(async () => {
  await graph?.stop();
});

const token = (role: Role) => graph.tokens.get(role)!;
const refusal = (path: string, message: string, code: string, details: Record<string, unknown> = {}) => ({ data: null, errors: [{ message, path: [path], extensions: { code, ...details } }] });
const day = () => graph.clock.now().toISOString().slice(0, 10);
const FIELDS = 'id version category organization { id } probationStartedOn convertedOn convertedBy leftOn leftBy leavingReason leftTo transfers { from { id } to { id } destination reason transferredOn transferredBy }';
const TRANSFER = `mutation($input: TransferPartyMemberInput!) { transferPartyMember(input: $input) { ${FIELDS} } }`;
const CONVERT = `mutation($input: ConvertProbationaryMemberInput!) { convertProbationaryMember(input: $input) { ${FIELDS} } }`;

let unusedPerson = 0;
/** A person of the demo community who holds no membership yet. */
function freePerson(): string {
  const { community } = demoScenario(graph.plan);
  const taken = new Set(data.members.map((member) => member.personId));
  return graph.plan.persons.filter((person) => person.communityId === community.id && !taken.has(person.id))[unusedPerson++].id;
}

async function register(category: 'FORMAL' | 'PROBATIONARY'): Promise<string> {
  const response = await graph.graphql<{ addPartyMember: { id: string } }>(`mutation($input: AddPartyMemberInput!) { addPartyMember(input: $input) { id } }`, {
    token: token(Role.COMMUNITY),
    variables: { input: { personId: freePerson(), organizationId: demoScenario(graph.plan).branch.id, category, status: 'RETIRED' } },
  });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.addPartyMember.id;
}

async function retiredBranch(): Promise<string> {
  const committee = data.organizations.find((row) => row.kind === PartyOrganizationKind.COMMUNITY_COMMITTEE && row.communityId === demoScenario(graph.plan).community.id)!;
  const response = await graph.graphql<{ createPartyOrganization: { id: string } }>(`mutation($input: CreatePartyOrganizationInput!) { createPartyOrganization(input: $input) { id } }`, {
    token: token(Role.COMMUNITY),
    variables: { input: { name: '离退休党员第四支部', kind: 'RETIRED_MEMBERS_BRANCH', parentId: committee.id } },
  });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.createPartyOrganization.id;
}

describe('transferring a membership (组织关系转接)', () => {
  it('moves it to another organisation in the area, then out of the system, keeping every transfer, and refuses others and stale versions', async () => {
    const { branch, street } = demoScenario(graph.plan);
    const memberId = await register('FORMAL');
    const target = await retiredBranch();
    const input = { memberId, expectedVersion: 1, toOrganizationId: target, reason: '随居转入离退休支部' };

    // The branch is responsible for its member but not for the community's retired members' branch.
    expect((await graph.graphql(TRANSFER, { token: token(Role.PARTY_BRANCH), variables: { input } })).body).toEqual(
      refusal('transferPartyMember', 'Your role (PARTY_BRANCH) may not receive members in 离退休党员第四支部: only the party office responsible for it may (its own branch, or the community, street or district above it).', 'FORBIDDEN', { organizationId: target }),
    );
    const otherStreet = graph.plan.streets.find((candidate) => candidate.id !== street.id)!;
    const otherStreetToken = await graph.issuer.issue('other-street', { role: Role.STREET, grant: { streetIds: [otherStreet.id] } }, { expiresIn: '1h' });
    expect((await graph.graphql(TRANSFER, { token: otherStreetToken, variables: { input } })).body).toEqual(
      refusal('transferPartyMember', `No PartyMember with id "${memberId}" is visible to you.`, 'NOT_FOUND', { id: memberId, typeName: 'PartyMember' }),
    );
    expect((await graph.graphql(TRANSFER, { token: token(Role.COMMUNITY), variables: { input: { ...input, expectedVersion: 2 } } })).body).toEqual(
      refusal('transferPartyMember', 'This membership is at version 1, not 2: someone changed it since you read it. Reload and try again.', 'CONFLICT'),
    );
    expect((await graph.graphql(TRANSFER, { token: token(Role.COMMUNITY), variables: { input: { ...input, destination: '外省某党支部' } } })).body).toEqual(
      refusal('transferPartyMember', 'Give exactly one of toOrganizationId (an organisation in this system) and destination (somewhere outside it).', 'BAD_USER_INPUT', { field: 'toOrganizationId' }),
    );

    const inside = { from: { id: branch.id }, to: { id: target }, destination: null, reason: '随居转入离退休支部', transferredOn: day(), transferredBy: 'demo-community' };
    const moved = {
      id: memberId, version: 2, category: 'FORMAL', organization: { id: target }, probationStartedOn: null, convertedOn: null, convertedBy: null,
      leftOn: null, leftBy: null, leavingReason: null, leftTo: null, transfers: [inside],
    };
    expect((await graph.graphql(TRANSFER, { token: token(Role.COMMUNITY), variables: { input } })).body).toEqual({ data: { transferPartyMember: moved } });

    const out = { memberId, expectedVersion: 2, destination: '济宁市任城区某社区党委', reason: '迁居外地' };
    const left = {
      ...moved, version: 3, leftOn: day(), leftBy: 'demo-community', leavingReason: '迁居外地', leftTo: '济宁市任城区某社区党委',
      transfers: [inside, { from: { id: target }, to: null, destination: '济宁市任城区某社区党委', reason: '迁居外地', transferredOn: day(), transferredBy: 'demo-community' }],
    };
    expect((await graph.graphql(TRANSFER, { token: token(Role.COMMUNITY), variables: { input: out } })).body).toEqual({ data: { transferPartyMember: left } });
    // No longer held here: not among the organisation's members or counts, and not transferred again.
    expect((await graph.graphql(`query($id: ID!) { partyOrganization(id: $id) { formalMemberCount members { id } } }`, { token: token(Role.COMMUNITY), variables: { id: target } })).body).toEqual({
      data: { partyOrganization: { formalMemberCount: 0, members: [] } },
    });
    expect((await graph.graphql(TRANSFER, { token: token(Role.COMMUNITY), variables: { input: { ...out, expectedVersion: 3 } } })).body).toEqual(
      refusal('transferPartyMember', `This membership was transferred out of the system on ${day()}: it is no longer held here.`, 'CONFLICT'),
    );
  });
});

describe('converting a probationary member (预备党员转正)', () => {
  it('refuses before the year of probation has passed and converts on the server day after it', async () => {
    const memberId = await register('PROBATIONARY');
    const started = day();
    const input = { memberId, expectedVersion: 1 };
    const endsOn = `${Number(started.slice(0, 4)) + 1}${started.slice(4)}`;
    expect((await graph.graphql(CONVERT, { token: token(Role.PARTY_BRANCH), variables: { input } })).body).toEqual(
      refusal('convertProbationaryMember', `The probation began on ${started} and lasts a year (党章第七条): the member may be converted from ${endsOn}.`, 'CONFLICT', { convertibleFrom: endsOn }),
    );
    expect((await graph.graphql(CONVERT, { token: token(Role.PROPERTY_COMPANY), variables: { input } })).body.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    graph.clock.advance('366d');
    expect((await graph.graphql(CONVERT, { token: token(Role.PARTY_BRANCH), variables: { input: { ...input, expectedVersion: 3 } } })).body.errors?.[0].extensions?.code).toBe('CONFLICT');
    const converted = (await graph.graphql(CONVERT, { token: token(Role.PARTY_BRANCH), variables: { input } })).body;
    expect(converted).toEqual({
      data: {
        convertProbationaryMember: {
          id: memberId, version: 2, category: 'FORMAL', organization: { id: demoScenario(graph.plan).branch.id }, probationStartedOn: started, convertedOn: day(),
          convertedBy: 'demo-party-branch', leftOn: null, leftBy: null, leavingReason: null, leftTo: null, transfers: [],
        },
      },
    });
    expect((await graph.graphql(CONVERT, { token: token(Role.PARTY_BRANCH), variables: { input: { ...input, expectedVersion: 2 } } })).body).toEqual(
      refusal('convertProbationaryMember', 'This member is already a formal member: only a probationary member is converted.', 'CONFLICT'),
    );
  });
});
