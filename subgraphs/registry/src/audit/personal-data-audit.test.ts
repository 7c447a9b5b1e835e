import { Role } from '../../../platform/access/role.js';
import { startGraph, hostEntity, type GraphStack } from '../../../../test/harness/graph-stack.js';
import { demoScenario } from '../../../../infra/demo/demo-tokens.js';
import type { PersonalDataAccess } from './personal-data-access.entity.js';
import { verifyChain } from './audit-chain.js';

let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

const CONTACT = 'query($id: ID!, $purpose: String!) { person(id: $id) { contact(purpose: $purpose) { name phone } } }';

function em() {
  return graph.subgraphs.get('registry')!.orm.em.fork();
}
/** The registry's class of the audit rows (the entity is imported here as a type only). */
const audit = () => hostEntity<PersonalDataAccess>(graph, 'registry', 'PersonalDataAccess');

describe('unmasking personal data for a stated purpose', () => {
  it('returns full details to a community worker and records who, whose, which fields and why', async () => {
    const person = graph.plan.persons.find((p) => p.communityId === demoScenario(graph.plan).community.id && p.residenceNeighborhoodId)!;
    const response = await graph.graphql(CONTACT, { token: graph.tokens.get(Role.COMMUNITY), variables: { id: person.id, purpose: '入户走访预约' } });
    expect(response.body).toEqual({ data: { person: { contact: { name: person.name, phone: person.phone } } } });
    const rows = await em().find(audit(), { personId: person.id });
    expect(rows.map(({ readerSubject, readerRole, fields, purpose }) => ({ readerSubject, readerRole, fields, purpose }))).toEqual([
      { readerSubject: 'demo-community', readerRole: 'COMMUNITY', fields: 'name,phone', purpose: '入户走访预约' },
    ]);
  });

  it('records every read of a list in one chain that verifies', async () => {
    const { neighborhood } = demoScenario(graph.plan);
    const building = graph.plan.buildings.find((b) => b.neighborhoodId === neighborhood.id)!;
    const response = await graph.graphql<{ building: { units: { owners: { id: string; contact: { name: string } }[] }[] } }>(
      `query($id: ID!) { building(id: $id) { units { owners { id contact(purpose: "电梯加装意见征询") { name } } } } }`,
      { token: graph.tokens.get(Role.PROPERTY_COMPANY), variables: { id: building.id } },
    );
    expect(response.body.errors).toBeUndefined();
    // One row per person and purpose in a request, even when a person owns several of the units.
    const owners = new Set(response.body.data!.building.units.flatMap((unit) => unit.owners.map((owner) => owner.id))).size;
    const rows = await em().find(audit(), { purpose: '电梯加装意见征询' });
    expect(rows).toHaveLength(owners);
    expect(verifyChain(await em().find(audit(), {}, { orderBy: { id: 'asc' } })).firstBrokenId).toBeNull();
  });

  it('refuses residents, people outside the caller\'s places, and missing purposes — and records nothing', async () => {
    const { neighborhood, resident } = demoScenario(graph.plan);
    const before = await em().count(audit(), {});
    const neighbor = graph.plan.persons.find((p) => p.residenceNeighborhoodId === neighborhood.id && p.id !== resident.id)!;
    const outsider = graph.plan.persons.find((p) => p.communityId !== demoScenario(graph.plan).community.id)!;
    const cases: [Role, string, string, string, string][] = [
      [Role.RESIDENT, neighbor.id, '看看邻居', 'FORBIDDEN', 'You may see full contact details only of people in the places you serve.'],
      [Role.COMMUNITY, outsider.id, '入户走访', 'FORBIDDEN', 'You may see full contact details only of people in the places you serve.'],
      [Role.COMMUNITY, neighbor.id, ' 看 ', 'BAD_USER_INPUT', 'purpose must say, in 4 to 200 characters, why you need these details.'],
    ];
    for (const [role, id, purpose, code, message] of cases) {
      const response = await graph.graphql(CONTACT, { token: graph.tokens.get(role), variables: { id, purpose } });
      expect(response.body).toEqual({
        data: null,
        errors: [{ message, path: ['person', 'contact'], extensions: code === 'BAD_USER_INPUT' ? { code, field: 'purpose' } : { code } }],
      });
    }
    expect(await em().count(audit(), {})).toBe(before);
  });

  it('cannot be changed, deleted or truncated through the application\'s connection', async () => {
    const connection = em().getConnection();
    for (const statement of [
      "update registry.personal_data_access set purpose = 'edited'",
      'delete from registry.personal_data_access',
      'truncate registry.personal_data_access',
    ]) {
      // Refused by the role's privileges first; the triggers stand behind them (test/database-roles.test.ts).
      await expect(connection.execute(statement)).rejects.toThrow('permission denied for table personal_data_access');
    }
    expect(verifyChain(await em().find(audit(), {}, { orderBy: { id: 'asc' } })).firstBrokenId).toBeNull();
  });
});
