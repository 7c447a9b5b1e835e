import { Role } from '../../../platform/access/role.js';
import { startGraph, type GraphStack } from '../../../../test/harness/graph-stack.js';

// A neighborhood's party branch (Neighborhood.partyBranch) is read as a plain row, not a managed entity; an
// organisation by id still goes through the ORM's entities. Both must give every field (and every field
// resolver's answer) the same, for every caller.

let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

/** What anyone in the district may read of a branch: public facts, with member counts. */
const PUBLIC = `id createdAt updatedAt version name kind form hostOrganizationId formationOverrideReason formationOverriddenBy
  contactPhone officeAddress dissolvedOn dissolvedBy dissolutionReason parent { id } ancestors { id } children { id }
  district { id } street { id } community { id } neighborhoods { id } building { id } formalMemberCount
  probationaryMemberCount serviceStations { id } starRatings { id }`;
/** What the property companies serving its neighborhoods read besides: its contact post. */
const SERVING = `${PUBLIC} contactPost { id }`;
/** What the party's own offices read besides: members, posts, central households, responsibility zones. */
const INTERNAL = `${SERVING} members { id } posts { id } centralHouseholds { id } responsibilityZones { name }`;

type Branch = { id: string } & Record<string, unknown>;

describe("plain rows for a neighborhood's party branch", () => {
  it.each([
    [Role.DISTRICT, INTERNAL],
    [Role.PARTY_BRANCH, INTERNAL],
    [Role.PROPERTY_COMPANY, SERVING],
    [Role.RESIDENT, PUBLIC],
  ])('give %s every field of a branch exactly as a read by id does', async (role, BRANCH) => {
    const token = graph.tokens.get(role);
    const listed = await graph.graphql<{ neighborhoods: { nodes: { partyBranch: Branch | null }[] } }>(`{ neighborhoods(first: 100) { nodes { partyBranch { ${BRANCH} } } } }`, { token });
    expect(listed.body.errors).toBeUndefined();
    const branches = [...new Map(listed.body.data!.neighborhoods.nodes.flatMap((n) => (n.partyBranch ? [[n.partyBranch.id, n.partyBranch] as const] : []))).values()].slice(0, 30);
    expect(branches.length).toBeGreaterThan(0);
    const read: unknown[] = [];
    // By id, in requests of at most 15 aliases (the gateway's limit).
    for (let from = 0; from < branches.length; from += 15) {
      const chunk = branches.slice(from, from + 15);
      const response = await graph.graphql<Record<string, unknown>>(`{ ${chunk.map((b, n) => `b${n}: partyOrganization(id: "${b.id}") { ${BRANCH} }`).join(' ')} }`, { token });
      expect(response.body.errors).toBeUndefined();
      read.push(...chunk.map((_, n) => response.body.data![`b${n}`]));
    }
    expect(read).toEqual(branches);
  });
});
