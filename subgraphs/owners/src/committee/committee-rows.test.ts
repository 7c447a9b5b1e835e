import { Role } from '../../../platform/access/role.js';
import { startGraph, type GraphStack } from '../../../../test/harness/graph-stack.js';

// A neighborhood's committee in office is read as a plain row, not a managed entity; a committee by id still goes
// through the ORM's entities. Both must give every field (and every field resolver's answer) the same, for every
// caller that sees committees.

let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

const COMMITTEE = `id recordedAt recordedBy electedOn termEndsOn filedOn status filingDueOn neighborhood { id } filingOverdue
  members { id role leftOn person { id } committee { id } } membersInOffice canConvene officerChoices { id effectiveAt director { id } }`;

type Committee = { id: string } & Record<string, unknown>;

describe("plain rows for a neighborhood's committee in office", () => {
  it.each([Role.DISTRICT, Role.STREET, Role.PROPERTY_COMPANY, Role.OWNERS_COMMITTEE])('give %s every field of a listed committee exactly as a read by id does', async (role) => {
    const token = graph.tokens.get(role);
    const listed = await graph.graphql<{ neighborhoods: { nodes: { ownersCommittee: Committee | null }[] } }>(
      `{ neighborhoods(first: 100) { nodes { ownersCommittee { ${COMMITTEE} } } } }`,
      { token },
    );
    expect(listed.body.errors).toBeUndefined();
    const committees = listed.body.data!.neighborhoods.nodes.flatMap((n) => (n.ownersCommittee ? [n.ownersCommittee] : [])).slice(0, 30);
    expect(committees.length).toBeGreaterThan(0);
    const read: unknown[] = [];
    // By id, in requests of at most 15 aliases (the gateway's limit).
    for (let from = 0; from < committees.length; from += 15) {
      const chunk = committees.slice(from, from + 15);
      const response = await graph.graphql<Record<string, unknown>>(`{ ${chunk.map((c, n) => `c${n}: ownersCommittee(id: "${c.id}") { ${COMMITTEE} }`).join(' ')} }`, { token });
      expect(response.body.errors).toBeUndefined();
      read.push(...chunk.map((_, n) => response.body.data![`c${n}`]));
    }
    expect(read).toEqual(committees);
  });
});
