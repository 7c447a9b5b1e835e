import { Role } from '../subgraphs/platform/access/role.js';
import { demoScenario } from '../infra/demo/demo-tokens.js';
import { startGraph, type GraphStack } from './harness/graph-stack.js';

// A person's posts (Person.partyPosts, committeePosts, unitPosts) are read as plain rows, not managed entities;
// the same posts reached another way (an organisation's posts, a committee's members, the answer of the mutation
// that wrote them) go through the ORM's entities. Both must give every field the same.

let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

type Post = { id: string; person: { id: string } } & Record<string, unknown>;

async function data<T>(query: string, role: Role, variables: Record<string, unknown>): Promise<T> {
  const response = await graph.graphql<T>(query, { token: graph.tokens.get(role), variables });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!;
}

/** Each post as its holder's list shows it (the person's own posts, read by person). */
async function asListedOnPersons(posts: Post[], field: string, fields: string, role: Role): Promise<unknown[]> {
  const listed: unknown[] = [];
  for (const post of posts) {
    const { person } = await data<{ person: Record<string, Post[]> }>(`query($id: ID!) { person(id: $id) { ${field} { ${fields} } } }`, role, { id: post.person.id });
    listed.push(person[field].find((candidate) => candidate.id === post.id));
  }
  return listed;
}

describe("plain rows for a person's posts", () => {
  it("give a party post's every field as its organisation's posts do", async () => {
    const FIELDS = 'id createdAt updatedAt version kind secretaryOrigin termStart termEnd endedOn endedBy endReason organization { id } person { id }';
    const { neighborhood } = demoScenario(graph.plan);
    const { neighborhood: read } = await data<{ neighborhood: { partyBranch: { posts: Post[] } } }>(
      `query($id: ID!) { neighborhood(id: $id) { partyBranch { posts { ${FIELDS} } } } }`,
      Role.DISTRICT,
      { id: neighborhood.id },
    );
    const posts = read.partyBranch.posts;
    expect(posts.length).toBeGreaterThan(0);
    expect(await asListedOnPersons(posts, 'partyPosts', FIELDS, Role.DISTRICT)).toEqual(posts);
  });

  it("give a committee post's every field as the committee's members do", async () => {
    const FIELDS = 'id recordedAt recordedBy role leftOn leavingKind leavingReason leavingRecordedBy person { id } committee { id }';
    const { committee } = demoScenario(graph.plan);
    const { ownersCommittee } = await data<{ ownersCommittee: { members: Post[] } }>(`query($id: ID!) { ownersCommittee(id: $id) { members { ${FIELDS} } } }`, Role.STREET, {
      id: committee.id,
    });
    expect(ownersCommittee.members.length).toBeGreaterThan(4);
    expect(await asListedOnPersons(ownersCommittee.members, 'committeePosts', FIELDS, Role.STREET)).toEqual(ownersCommittee.members);
  });

  it("give a unit post's every field as the appointment's answer does", async () => {
    const FIELDS = 'id createdAt updatedAt version title communityId since endedOn endReason unit { id } person { id } community { id }';
    const { community } = demoScenario(graph.plan);
    const person = graph.plan.persons.find((candidate) => candidate.communityId === community.id && candidate.residenceNeighborhoodId !== null)!;
    const { appointUnitPost } = await data<{ appointUnitPost: Post }>(`mutation($input: AppointUnitPostInput!) { appointUnitPost(input: $input) { ${FIELDS} } }`, Role.JOINT_UNIT, {
      input: { personId: person.id, title: 'LIAISON', communityId: community.id, since: '2026-10-01' },
    });
    expect(await asListedOnPersons([appointUnitPost], 'unitPosts', FIELDS, Role.COMMUNITY)).toEqual([appointUnitPost]);
  });
});
