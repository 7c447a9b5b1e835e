import { Role } from '../../../platform/access/role.js';
import { startGraph, type GraphStack } from '../../../../test/harness/graph-stack.js';
import { demoScenario } from '../../../../infra/demo/demo-tokens.js';
import { maskPhone } from './person-view.js';

let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

const SEARCH = 'query($filter: PersonFilter) { persons(first: 100, filter: $filter) { totalCount nodes { id name phone } } }';
type Page = { persons: { totalCount: number; nodes: { id: string; name: string; phone: string | null }[] } };
const search = (token: string | undefined, filter: Record<string, unknown>) => graph.graphql<Page>(SEARCH, { token, variables: { filter } });
const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

describe('searching people by name (persons(filter: { nameContains }))', () => {
  it("finds a community's residents by part of their name, with names and masked phones", async () => {
    const { community, communityWorker } = demoScenario(graph.plan);
    const local = graph.plan.persons.filter((person) => person.communityId === community.id);
    // A given name's last character: several residents share it, the worker themself among them.
    const text = [...communityWorker.name].at(-1)!;
    // The worker sees their own number in full, everyone else's masked.
    const expected = local
      .filter((person) => person.name.includes(text))
      .map((person) => ({ id: person.id, name: person.name, phone: person.id === communityWorker.id ? person.phone : maskPhone(person.phone) }));
    expect(expected.length).toBeGreaterThan(1);
    const response = await search(graph.tokens.get(Role.COMMUNITY), { nameContains: text });
    expect(response.body.errors).toBeUndefined();
    const { persons } = response.body.data!;
    expect({ totalCount: persons.totalCount, nodes: byId(persons.nodes) }).toEqual({ totalCount: expected.length, nodes: byId(expected) });
    // Listed by name, as without a search.
    expect(persons.nodes.map((node) => node.name)).toEqual([...persons.nodes.map((node) => node.name)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('never returns people outside the caller\'s places, even by their full name', async () => {
    const { company } = demoScenario(graph.plan);
    const outsider = graph.plan.persons.find((person) => person.residenceNeighborhoodId && !company.neighborhoodIds.includes(person.residenceNeighborhoodId))!;
    const namesakesInside = graph.plan.persons.filter(
      (person) => person.name.includes(outsider.name) && person.residenceNeighborhoodId !== null && company.neighborhoodIds.includes(person.residenceNeighborhoodId),
    );
    const response = await search(graph.tokens.get(Role.PROPERTY_COMPANY), { nameContains: outsider.name });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.persons.nodes.map((node) => node.id)).not.toContain(outsider.id);
    expect(response.body.data!.persons.totalCount).toBe(namesakesInside.length);
    // The district office, whose area holds them, finds them.
    const district = await search(graph.tokens.get(Role.DISTRICT), { nameContains: outsider.name });
    expect(district.body.data!.persons.nodes).toContainEqual({ id: outsider.id, name: outsider.name, phone: maskPhone(outsider.phone) });
  });

  it('combines the name with the place filters and matches pattern characters literally', async () => {
    const { neighborhood } = demoScenario(graph.plan);
    const resident = graph.plan.persons.find((person) => person.residenceNeighborhoodId === neighborhood.id)!;
    const token = graph.tokens.get(Role.DISTRICT);
    const inNeighborhood = await search(token, { nameContains: resident.name, neighborhoodId: neighborhood.id });
    const expected = graph.plan.persons.filter((person) => person.residenceNeighborhoodId === neighborhood.id && person.name.includes(resident.name));
    expect(byId(inNeighborhood.body.data!.persons.nodes)).toEqual(byId(expected.map((person) => ({ id: person.id, name: person.name, phone: maskPhone(person.phone) }))));
    for (const pattern of ['%', '_', '\\']) {
      expect((await search(token, { nameContains: pattern })).body).toEqual({ data: { persons: { totalCount: 0, nodes: [] } } });
    }
  });

  it('refuses residents and a blank search', async () => {
    expect((await search(graph.tokens.get(Role.RESIDENT), { nameContains: '王' })).body).toEqual({
      data: null,
      errors: [{ message: 'Residents cannot list other people; use `me` for your own record.', path: ['persons'], extensions: { code: 'FORBIDDEN' } }],
    });
    expect((await search(graph.tokens.get(Role.DISTRICT), { nameContains: '   ' })).body).toEqual({
      data: null,
      errors: [{ message: 'Invalid input: nameContains must contain a character other than spaces.', path: ['persons'], extensions: { code: 'BAD_USER_INPUT', fields: ['nameContains'] } }],
    });
  });

  it('is served by the trigram index on person names', async () => {
    const em = graph.subgraphs.get('registry')!.orm.em.fork();
    const plan = await em.transactional(async (tx) => {
      await tx.getConnection().execute('set local enable_seqscan = off', [], 'run', tx.getTransactionContext());
      return tx.getConnection().execute<{ 'QUERY PLAN': string }[]>(`explain select id from registry.person where name ilike '%建国%'`, [], 'all', tx.getTransactionContext());
    });
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('person_name_trgm_index');
  });
});
