import { Role } from '../subgraphs/platform/access/role.js';
import { planOwnersCommittees } from '../subgraphs/owners/seeders/owners.seeder.js';
import { planPartyData } from '../subgraphs/party/seeders/party.seeder.js';
import { startGraph, type GraphStack } from './harness/graph-stack.js';

let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

/** Half-up percentage with two decimals, as the statistics report it. */
function percent(part: number, whole: number): string {
  return (Math.round((part * 10000) / whole) / 100).toFixed(2);
}

describe("party members' share of owners' committee members (owners × party through the gateway)", () => {
  it('is unknown until standings arrive, then matches the demo committees and party members', async () => {
    const token = graph.tokens.get(Role.DISTRICT);
    const STATISTICS = '{ districts { nodes { ownersStatistics { committeeMembers membersWithPartyStanding partyMemberSharePercent } } } }';
    const committees = planOwnersCommittees(graph.plan).filter((committee) => committee.members.length >= 5);
    const members = new Set(committees.flatMap((committee) => committee.members.map((member) => member.personId)));
    const partyPeople = new Set(planPartyData(graph.plan).members.map((member) => member.personId));
    const partyMembers = [...members].filter((personId) => partyPeople.has(personId)).length;

    const before = await graph.graphql(STATISTICS, { token });
    expect(before.body).toEqual({
      data: { districts: { nodes: [{ ownersStatistics: { committeeMembers: members.size, membersWithPartyStanding: 0, partyMemberSharePercent: null } }] } },
    });

    // Reading the members' committee posts makes the gateway bring each one's standing from the party subgraph.
    graph.resetSqlCount();
    const posts = await graph.graphql(
      '{ neighborhoods(first: 100) { nodes { ownersCommittee { members { person { committeePosts { role } } } } } } }',
      { token },
    );
    expect(posts.body.errors).toBeUndefined();
    // The standings of all members are recorded together, not one statement per person.
    expect(graph.sqlStatements('owners')).toBeLessThan(10);
    expect(members.size).toBeGreaterThan(50);

    const after = await graph.graphql(STATISTICS, { token });
    expect(after.body).toEqual({
      data: {
        districts: {
          nodes: [{ ownersStatistics: { committeeMembers: members.size, membersWithPartyStanding: members.size, partyMemberSharePercent: percent(partyMembers, members.size) } }],
        },
      },
    });
  });

  it('never shows clients the standing itself', async () => {
    const anyone = [...graph.plan.persons][0];
    const response = await graph.graphql(`{ person(id: "${anyone.id}") { partyMember } }`, { token: graph.tokens.get(Role.DISTRICT) });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
