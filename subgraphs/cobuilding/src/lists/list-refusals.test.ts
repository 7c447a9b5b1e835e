import { Role } from '../../../platform/access/role.js';
import { startGraph, stop, token, demoNeighborhood, otherUnit, unitToken, forbiddenError, demo, scenario, graph } from '../cobuilding-test-data.js';

beforeAll(startGraph);
afterAll(stop);

describe('refusals of the lists', () => {
  it('refuses a unit planning a project for a need outside the places it is paired with', async () => {
    const need = demo.needs.find((n) => n.communityId !== scenario.community.id)!;
    const resource = demo.resources.find((r) => r.unitId === scenario.jointUnit.id)!;
    const response = await graph.graphql(`mutation($input: CreateCoBuildingProjectInput!) { createCoBuildingProject(input: $input) { id } }`, {
      token: token(Role.JOINT_UNIT),
      variables: { input: { needId: need.id, resourceId: resource.id, title: '越界项目' } },
    });
    expect(response.body).toEqual({
      data: null,
      errors: [
        { message: `No CobuildingNeed with id "${need.id}" is visible to you.`, path: ['createCoBuildingProject'], extensions: { code: 'NOT_FOUND', typeName: 'CobuildingNeed', id: need.id } },
      ],
    });
  });

  it('lets only the owning unit withdraw a resource, which is then neither suggested nor usable', async () => {
    const resource = demo.resources.find((r) => r.unitId === scenario.jointUnit.id)!;
    const withdraw = `mutation($id: ID!) { withdrawCobuildingResource(id: $id) { id active } }`;
    const intruder = await unitToken(otherUnit().id, otherUnit().communityId);
    expect((await graph.graphql(withdraw, { token: intruder, variables: { id: resource.id } })).body).toEqual({
      data: null,
      errors: [forbiddenError('This resource belongs to another unit: a unit manages only its own resources.', ['withdrawCobuildingResource'])],
    });
    expect((await graph.graphql(withdraw, { token: token(Role.JOINT_UNIT), variables: { id: resource.id } })).body).toEqual({
      data: { withdrawCobuildingResource: { id: resource.id, active: false } },
    });
    const need = demo.needs.find((n) => n.communityId === scenario.community.id && n.category === resource.category) ?? demo.needs.find((n) => n.communityId === scenario.community.id)!;
    const suggestions = await graph.graphql<{ resourceSuggestions: { resource: { id: string } }[] }>(
      `query($id: ID!) { resourceSuggestions(needId: $id, first: 50) { resource { id } } }`,
      { token: token(Role.JOINT_UNIT), variables: { id: need.id } },
    );
    expect(suggestions.body.data!.resourceSuggestions.map((s) => s.resource.id)).not.toContain(resource.id);
    const project = await graph.graphql(`mutation($input: CreateCoBuildingProjectInput!) { createCoBuildingProject(input: $input) { id } }`, {
      token: token(Role.JOINT_UNIT),
      variables: { input: { needId: need.id, resourceId: resource.id, title: '已撤回资源' } },
    });
    expect(project.body).toEqual({
      data: null,
      errors: [{ message: 'This resource has been withdrawn: offer it again or choose another.', path: ['createCoBuildingProject'], extensions: { code: 'CONFLICT' } }],
    });
  });

  it('validates input before anything is stored', async () => {
    const response = await graph.graphql(`mutation($input: JointUnitReportInInput!) { recordUnitReportIn(input: $input) { year } }`, {
      token: token(Role.JOINT_UNIT),
      variables: { input: { communityId: scenario.community.id, year: 2029, memberCount: 0 } },
    });
    expect(response.body).toEqual({
      data: null,
      errors: [{ message: 'Invalid input: memberCount must be at least 1.', path: ['recordUnitReportIn'], extensions: { code: 'BAD_USER_INPUT', fields: ['memberCount'] } }],
    });
    const unit = await graph.graphql<{ jointBuildingUnit: { reportIns: { year: number }[] } }>(`query($id: ID!) { jointBuildingUnit(id: $id) { reportIns { year } } }`, {
      token: token(Role.JOINT_UNIT),
      variables: { id: scenario.jointUnit.id },
    });
    expect(unit.body.data!.jointBuildingUnit.reportIns.map((r) => r.year)).not.toContain(2029);
  });

  it('shows a neighborhood the units paired with it alone (包保)', async () => {
    const neighborhood = demoNeighborhood();
    const response = await graph.graphql(`query($id: ID!) { neighborhood(id: $id) { pairings { unit { id } startsOn } } }`, {
      token: token(Role.COMMUNITY),
      variables: { id: neighborhood.id },
    });
    const expected = demo.pairings.filter((p) => p.neighborhoodId === neighborhood.id).map((p) => ({
      unit: { id: p.unitId },
      startsOn: p.startsOn,
    }));
    expect(response.body).toEqual({ data: { neighborhood: { pairings: expected } } });
  });
});

