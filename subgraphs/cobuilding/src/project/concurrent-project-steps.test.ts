import { Role } from '../../../platform/access/role.js';
import { startGraph, stop, token, placeOf, demoNeighborhood, graph } from '../cobuilding-test-data.js';

beforeAll(startGraph);
afterAll(stop);

describe('concurrent project steps', () => {
  it('moves a project once when the same step is sent many times at once', async () => {
    const need = await graph.graphql<{ raiseCobuildingNeed: { id: string } }>(
      `mutation($input: CreateCobuildingNeedInput!) { raiseCobuildingNeed(input: $input) { id } }`,
      { token: token(Role.COMMUNITY), variables: { input: { place: placeOf(demoNeighborhood().id), title: '楼道照明', category: 'FACILITIES' } } },
    );
    const resource = await graph.graphql<{ offerCobuildingResource: { id: string } }>(
      `mutation($input: OfferCobuildingResourceInput!) { offerCobuildingResource(input: $input) { id } }`,
      { token: token(Role.JOINT_UNIT), variables: { input: { title: '电工志愿者', category: 'FACILITIES' } } },
    );
    const project = await graph.graphql<{ createCoBuildingProject: { id: string } }>(
      `mutation($input: CreateCoBuildingProjectInput!) { createCoBuildingProject(input: $input) { id } }`,
      {
        token: token(Role.JOINT_UNIT),
        variables: { input: { needId: need.body.data!.raiseCobuildingNeed.id, resourceId: resource.body.data!.offerCobuildingResource.id, title: '楼道照明改造' } },
      },
    );
    const id = project.body.data!.createCoBuildingProject.id;
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => graph.graphql(`mutation($id: ID!) { startCoBuildingProject(id: $id) { status } }`, { token: token(Role.JOINT_UNIT), variables: { id } })),
    );
    const started = responses.filter((response) => response.body.data);
    expect(started.map((response) => response.body)).toEqual([{ data: { startCoBuildingProject: { status: 'IN_PROGRESS' } } }]);
    for (const response of responses.filter((candidate) => !candidate.body.data)) {
      expect(response.body).toEqual({
        data: null,
        errors: [
          {
            message: 'This project is IN_PROGRESS; it can become IN_PROGRESS only from PLANNED.',
            path: ['startCoBuildingProject'],
            extensions: { code: 'CONFLICT', status: 'IN_PROGRESS' },
          },
        ],
      });
    }
  });
});
