import { Role } from '../../platform/access/role.js';
import { gatewayHeaders } from '../../../test/harness/graph-stack.js';
import { startGraph, stop, token, demo, scenario, graph } from './cobuilding-test-data.js';

beforeAll(startGraph);
afterAll(stop);

/** A subgraph's errors without locations, in path order (entities resolve concurrently). */
const inPathOrder = (body: { data?: unknown; errors?: { path?: (string | number)[]; locations?: unknown }[] }) => ({
  ...body,
  errors: body.errors
    ?.map(({ locations: _locations, ...error }) => error)
    .sort((a, b) => Number(a.path?.[1]) - Number(b.path?.[1])),
});

describe('entity references', () => {
  const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on JointBuildingUnit { id name } ... on Pairing { id } ... on CoBuildingProject { id } ... on MicroWish { id } } }`;

  it('resolves each key inside the caller’s scope and refuses outside it', async () => {
    const inside = demo.pairings.find((p) => p.communityId === scenario.community.id)!;
    const outside = demo.pairings.find((p) => p.communityId !== scenario.community.id)!;
    const projectOutside = demo.projects.find((p) => p.communityId !== scenario.community.id && p.unitId !== scenario.jointUnit.id)!;
    const wishOutside = demo.wishes.find((w) => w.communityId !== scenario.community.id && w.claimantUnitId !== scenario.jointUnit.id)!;
    const projectInside = demo.projects.find((p) => p.unitId === scenario.jointUnit.id)!;
    const wishInside = demo.wishes.find((w) => w.communityId === scenario.community.id)!;
    const response = await graph.subgraphRequest(
      'cobuilding',
      {
        query: ENTITIES,
        variables: {
          representations: [
            { __typename: 'JointBuildingUnit', id: scenario.jointUnit.id },
            { __typename: 'Pairing', id: inside.id },
            { __typename: 'Pairing', id: outside.id },
            { __typename: 'CoBuildingProject', id: projectOutside.id },
            { __typename: 'MicroWish', id: wishOutside.id },
            { __typename: 'CoBuildingProject', id: projectInside.id },
            { __typename: 'MicroWish', id: wishInside.id },
          ],
        },
      },
      gatewayHeaders('cobuilding', token(Role.JOINT_UNIT)),
    );
    expect(inPathOrder(response.body)).toEqual({
      data: { _entities: [{ id: scenario.jointUnit.id, name: scenario.jointUnit.name }, { id: inside.id }, null, null, null, { id: projectInside.id }, { id: wishInside.id }] },
      errors: [
        { message: `No Pairing with id "${outside.id}" is visible to you.`, path: ['_entities', 2], extensions: { code: 'NOT_FOUND', typeName: 'Pairing', id: outside.id } },
        {
          message: `No CoBuildingProject with id "${projectOutside.id}" is visible to you.`,
          path: ['_entities', 3],
          extensions: { code: 'NOT_FOUND', typeName: 'CoBuildingProject', id: projectOutside.id },
        },
        { message: `No MicroWish with id "${wishOutside.id}" is visible to you.`, path: ['_entities', 4], extensions: { code: 'NOT_FOUND', typeName: 'MicroWish', id: wishOutside.id } },
      ],
    });
  });

  it('refuses residents a unit by reference as by the root field', async () => {
    const response = await graph.subgraphRequest(
      'cobuilding',
      { query: ENTITIES, variables: { representations: [{ __typename: 'JointBuildingUnit', id: scenario.jointUnit.id }] } },
      gatewayHeaders('cobuilding', token(Role.RESIDENT)),
    );
    expect(inPathOrder(response.body)).toEqual({
      data: { _entities: [null] },
      errors: [{ message: 'Residents may not list joint-building units.', path: ['_entities', 0], extensions: { code: 'FORBIDDEN' } }],
    });
  });

  it('resolves the registry’s entities it extends, with fields scoped to the caller', async () => {
    const project = demo.projects.find((p) => p.communityId !== scenario.community.id && p.neighborhoodId)!;
    const response = await graph.subgraphRequest(
      'cobuilding',
      {
        query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Neighborhood { id projects { id } } ... on Community { id pairings { id } } ... on Person { id unitPosts { title } } ... on District { id } ... on Street { id } } }`,
        variables: {
          r: [
            { __typename: 'Neighborhood', id: project.neighborhoodId },
            { __typename: 'Community', id: project.communityId },
            { __typename: 'Person', id: demo.posts[0].personId },
            { __typename: 'District', id: graph.plan.district.id },
            { __typename: 'Street', id: graph.plan.streets[0].id },
          ],
        },
      },
      gatewayHeaders('cobuilding', token(Role.COMMUNITY)),
    );
    // The community worker's token covers its own community only: another community's rows stay hidden.
    const postsInScope = demo.posts.filter((p) => p.personId === demo.posts[0].personId && p.communityId === scenario.community.id).map(() => ({ title: 'LIAISON' }));
    expect(response.body).toEqual({
      data: {
        _entities: [
          { id: project.neighborhoodId, projects: [] },
          { id: project.communityId, pairings: [] },
          { id: demo.posts[0].personId, unitPosts: postsInScope },
          { id: graph.plan.district.id },
          { id: graph.plan.streets[0].id },
        ],
      },
    });
  });
});

describe('batching', () => {
  // The first request of a fresh subgraph also opens its first database connection, which sends a statement of its
  // own; warm up so the counts below are the operations' statements only.
  beforeAll(async () => {
    await graph.graphql('{ jointBuildingUnits(first: 1) { totalCount } }', { token: token(Role.DISTRICT) });
  });

  it.each([
    ['projects', 'projects { id unit { name } }'],
    ['micro-wishes', 'microWishes { id claimantUnit { name } }'],
  ])('loads the %s of every neighborhood, and their units, in one statement each', async (_name, selection) => {
    graph.resetSqlCount();
    const response = await graph.graphql<{ neighborhoods: { nodes: unknown[] } }>(`{ neighborhoods(first: 100) { nodes { id ${selection} } } }`, {
      token: token(Role.DISTRICT),
    });
    expect(response.body.data!.neighborhoods.nodes).toHaveLength(graph.plan.neighborhoods.length);
    expect(graph.sqlStatements('cobuilding')).toBe(2);
  });

  it('computes the statistics of every community in four statements', async () => {
    graph.resetSqlCount();
    const response = await graph.graphql<{ communities: { nodes: unknown[] } }>('{ communities(first: 100) { nodes { id cobuildingStatistics { pairings wishesFulfilled serviceHours } } } }', {
      token: token(Role.DISTRICT),
    });
    expect(response.body.data!.communities.nodes).toHaveLength(graph.plan.communities.length);
    // pairings, projects, wishes and service hours, each grouped by community.
    expect(graph.sqlStatements('cobuilding')).toBe(4);
  });
});

