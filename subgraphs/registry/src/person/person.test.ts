import { Role } from '../../../platform/access/role.js';
import { startGraph, type GraphStack } from '../../../../test/harness/graph-stack.js';
import { maskName, maskPhone } from './person-view.js';
import { demoScenario } from '../../../../infra/demo/demo-tokens.js';

let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

const PERSON = 'query($id: ID!) { person(id: $id) { name phone idNumberMasked } }';

/** The resident behind the demo RESIDENT token, and another owner in the same neighborhood. */
function people(graph: GraphStack) {
  const { company, neighborhood, resident } = demoScenario(graph.plan);
  const neighbor = graph.plan.persons.find((p) => p.residenceNeighborhoodId === neighborhood.id && p.id !== resident.id)!;
  const outsider = graph.plan.persons.find((p) => p.residenceNeighborhoodId && !company.neighborhoodIds.includes(p.residenceNeighborhoodId))!;
  return { resident, neighbor, outsider };
}

describe('personal data, masked per caller', () => {
  it('shows residents their own record in full', async () => {
    const { resident } = people(graph);
    const response = await graph.graphql('{ me { id name phone idNumberMasked } }', { token: graph.tokens.get(Role.RESIDENT) });
    expect(response.body).toEqual({
      data: { me: { id: resident.id, name: resident.name, phone: resident.phone, idNumberMasked: `**************${resident.idNumber.slice(-4)}` } },
    });
  });

  it('shows a resident only the surname of a neighbor, and no phone', async () => {
    const { neighbor } = people(graph);
    const response = await graph.graphql(PERSON, { token: graph.tokens.get(Role.RESIDENT), variables: { id: neighbor.id } });
    expect(response.body).toEqual({ data: { person: { name: maskName(neighbor.name), phone: null, idNumberMasked: null } } });
  });

  it('shows a property company the names of people in its neighborhoods, with masked phones', async () => {
    const { neighbor } = people(graph);
    const response = await graph.graphql(PERSON, { token: graph.tokens.get(Role.PROPERTY_COMPANY), variables: { id: neighbor.id } });
    expect(response.body).toEqual({ data: { person: { name: neighbor.name, phone: maskPhone(neighbor.phone), idNumberMasked: null } } });
  });

  it('shows a property company people outside its neighborhoods masked, through every path', async () => {
    const { outsider } = people(graph);
    const response = await graph.graphql(PERSON, { token: graph.tokens.get(Role.PROPERTY_COMPANY), variables: { id: outsider.id } });
    expect(response.body).toEqual({ data: { person: { name: maskName(outsider.name), phone: null, idNumberMasked: null } } });
    const listed = await graph.graphql<{ persons: { nodes: { id: string }[] } }>('{ persons(first: 100) { nodes { id } } }', {
      token: graph.tokens.get(Role.PROPERTY_COMPANY),
    });
    expect(listed.body.data!.persons.nodes.map((p) => p.id)).not.toContain(outsider.id);
  });

  it("shows a community worker their community's residents by name with masked phones, and masks others", async () => {
    const { community, communityWorker } = demoScenario(graph.plan);
    const local = graph.plan.persons.find((p) => p.communityId === community.id && p.residenceNeighborhoodId && p.id !== communityWorker.id)!;
    const elsewhere = graph.plan.persons.find((p) => p.communityId !== community.id)!;
    const token = graph.tokens.get(Role.COMMUNITY);
    expect((await graph.graphql(PERSON, { token, variables: { id: local.id } })).body).toEqual({
      data: { person: { name: local.name, phone: maskPhone(local.phone), idNumberMasked: null } },
    });
    expect((await graph.graphql(PERSON, { token, variables: { id: elsewhere.id } })).body).toEqual({
      data: { person: { name: maskName(elsewhere.name), phone: null, idNumberMasked: null } },
    });
  });

  it('shows the district office names with masked phones', async () => {
    const { neighbor } = people(graph);
    const response = await graph.graphql(PERSON, { token: graph.tokens.get(Role.DISTRICT), variables: { id: neighbor.id } });
    expect(response.body).toEqual({ data: { person: { name: neighbor.name, phone: maskPhone(neighbor.phone), idNumberMasked: null } } });
  });
});

describe('looking people up by ID number', () => {
  const LOOKUP = 'query($idNumber: String!) { personByIdNumber(idNumber: $idNumber) { id } }';

  it('finds a resident of the worker\'s community by ID number, stored only as a keyed hash', async () => {
    const person = graph.plan.persons.find((p) => p.communityId === graph.plan.communities[0].id)!;
    const response = await graph.graphql(LOOKUP, { token: graph.tokens.get(Role.COMMUNITY), variables: { idNumber: person.idNumber } });
    expect(response.body).toEqual({ data: { personByIdNumber: { id: person.id } } });
    const stored = await graph.subgraphs.get('registry')!.orm.em.fork().getConnection().execute<{ columns: string }[]>(
      `select string_agg(column_name, ',') as columns from information_schema.columns where table_schema = 'registry' and table_name = 'person'`,
    );
    expect(stored[0].columns.split(',').sort()).not.toContain('id_number');
    const [row] = await graph.subgraphs.get('registry')!.orm.em.fork().getConnection().execute<{ hash: string; tail: string }[]>(
      'select id_number_hash as hash, id_number_tail as tail from registry.person where id = ?',
      [person.id],
    );
    expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.hash).not.toContain(person.idNumber);
    expect(row.tail).toBe(person.idNumber.slice(-4));
  });

  it('refuses a malformed ID number without echoing it', async () => {
    const response = await graph.graphql(LOOKUP, { token: graph.tokens.get(Role.COMMUNITY), variables: { idNumber: '370832199001011235' } });
    expect(response.body).toEqual({
      data: null,
      errors: [
        {
          message: 'idNumber is not a valid resident ID number: check the birth date and the last (check) character.',
          path: ['personByIdNumber'],
          extensions: { code: 'BAD_USER_INPUT', field: 'idNumber' },
        },
      ],
    });
  });

  it('does not let residents or companies look people up', async () => {
    const person = graph.plan.persons[0];
    for (const role of [Role.RESIDENT, Role.PROPERTY_COMPANY]) {
      const response = await graph.graphql(LOOKUP, { token: graph.tokens.get(role), variables: { idNumber: person.idNumber } });
      expect(response.body).toEqual({
        data: null,
        errors: [
          {
            message: 'Only district, street and community workers may look people up by ID number.',
            path: ['personByIdNumber'],
            extensions: { code: 'FORBIDDEN' },
          },
        ],
      });
    }
  });
});
