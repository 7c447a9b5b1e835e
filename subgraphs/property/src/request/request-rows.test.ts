import { Role } from '../../../platform/access/role.js';
import { startGraph, type GraphStack } from '../../../../test/harness/graph-stack.js';

// A neighborhood's request page reads plain rows, not managed entities; a request by id still goes through the
// ORM's entities. Both must give every field (and every field resolver's answer) the same, for every caller.

let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

const REQUEST = `id createdAt updatedAt version category location description status satisfaction reopenCount trackingNumber
  submittedAt statusSince neighborhood { id } company { id } contract { id } resident { id } recordedBy { id }
  steps { action } enteredOnBehalf { buildingId } governanceMatter { id } assignee { id kind } dueAt overdue`;

type Request = { id: string } & Record<string, unknown>;

describe("plain rows in a neighborhood's request page", () => {
  it.each([Role.PROPERTY_COMPANY, Role.DISTRICT])('give %s every field of a listed request exactly as a read by id does', async (role) => {
    const token = graph.tokens.get(role);
    const listed = await graph.graphql<{ neighborhoods: { nodes: { serviceRequests: { nodes: Request[] } }[] } }>(
      `{ neighborhoods(first: 10) { nodes { serviceRequests(first: 10) { nodes { ${REQUEST} } } } } }`,
      { token },
    );
    expect(listed.body.errors).toBeUndefined();
    const requests = listed.body.data!.neighborhoods.nodes.flatMap((n) => n.serviceRequests.nodes).slice(0, 45);
    expect(requests.length).toBeGreaterThan(0);
    const read: unknown[] = [];
    // By id, in requests of at most 15 aliases (the gateway's limit).
    for (let from = 0; from < requests.length; from += 15) {
      const chunk = requests.slice(from, from + 15);
      const response = await graph.graphql<Record<string, unknown>>(`{ ${chunk.map((r, n) => `r${n}: serviceRequest(id: "${r.id}") { ${REQUEST} }`).join(' ')} }`, { token });
      expect(response.body.errors).toBeUndefined();
      read.push(...chunk.map((_, n) => response.body.data![`r${n}`]));
    }
    expect(read).toEqual(requests);
  });
});
