import { Role } from '../../../platform/access/role.js';
import { rankResources } from '../lists/matching.js';
import { CobuildingCategory } from '../lists/cobuilding-category.js';
import { todayInChina } from '../../../platform/calendar/calendar-day.js';
import { step } from '../../../../test/harness/scenario.js';
import { startGraph, stop, rowsNow, token, placeOf, demoNeighborhood, otherUnit, unitToken, forbiddenError, statisticsRows, expectedStatistics, demo, scenario, graph } from '../cobuilding-test-data.js';

beforeAll(startGraph);
afterAll(stop);

describe('the three lists and a project through its lifecycle', () => {
  it('raises a need, offers a resource, suggests it, and runs a project on them from planned to evaluated, refusing whoever may not take each step', async () => {
    let needId: string;
    let resourceId: string;
    let projectId: string;
    const neighborhood = () => demoNeighborhood();

    await step('lets a community raise a need in its area, and refuses other areas and other roles without storing anything', async () => {
      const mutation = `mutation($input: CreateCobuildingNeedInput!) { raiseCobuildingNeed(input: $input) { id title category community { id } neighborhood { id } } }`;
      const input = { place: placeOf(neighborhood().id), title: '老人上门体检', category: 'HEALTH' };
      const ok = await graph.graphql<{ raiseCobuildingNeed: { id: string } }>(mutation, { token: token(Role.COMMUNITY), variables: { input } });
      needId = ok.body.data!.raiseCobuildingNeed.id;
      expect(ok.body).toEqual({
        data: { raiseCobuildingNeed: { id: needId, title: '老人上门体检', category: 'HEALTH', community: { id: scenario.community.id }, neighborhood: { id: neighborhood().id } } },
      });

      const otherArea = placeOf(graph.plan.neighborhoods.find((n) => n.communityId !== scenario.community.id)!.id);
      const refused = await graph.graphql(mutation, { token: token(Role.COMMUNITY), variables: { input: { ...input, place: otherArea, title: '不应保存' } } });
      expect(refused.body).toEqual({
        data: null,
        errors: [forbiddenError('Your role (COMMUNITY) may not raise needs here: only the community, street or district office of this area may.', ['raiseCobuildingNeed'])],
      });
      const byUnit = await graph.graphql(mutation, { token: token(Role.JOINT_UNIT), variables: { input: { ...input, title: '不应保存' } } });
      expect(byUnit.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const stored = await graph.graphql<{ cobuildingNeeds: { nodes: { title: string }[] } }>('{ cobuildingNeeds(first: 100) { nodes { title } } }', {
        token: token(Role.DISTRICT),
      });
      expect(stored.body.data!.cobuildingNeeds.nodes.filter((n) => n.title === '不应保存')).toEqual([]);
    });

    await step('lets a unit offer a resource for itself only', async () => {
      const mutation = `mutation($input: OfferCobuildingResourceInput!) { offerCobuildingResource(input: $input) { id title category active unit { id } } }`;
      const ok = await graph.graphql<{ offerCobuildingResource: { id: string } }>(mutation, {
        token: token(Role.JOINT_UNIT),
        variables: { input: { title: '医护志愿者上门', category: 'HEALTH' } },
      });
      resourceId = ok.body.data!.offerCobuildingResource.id;
      expect(ok.body).toEqual({
        data: { offerCobuildingResource: { id: resourceId, title: '医护志愿者上门', category: 'HEALTH', active: true, unit: { id: scenario.jointUnit.id } } },
      });
      const byCommunity = await graph.graphql(mutation, { token: token(Role.COMMUNITY), variables: { input: { title: 'x', category: 'HEALTH' } } });
      expect(byCommunity.body).toEqual({
        data: null,
        errors: [forbiddenError('Only a joint-building unit (JOINT_UNIT) may offer resources.', ['offerCobuildingResource'])],
      });
    });

    await step('suggests resources for the need, ranked by category fit and pairing with the community', async () => {
      const response = await graph.graphql<{ resourceSuggestions: unknown[] }>(
        `query($id: ID!) { resourceSuggestions(needId: $id, first: 50) { resource { id title } categoryFit pairedWithCommunity score } }`,
        { token: token(Role.COMMUNITY), variables: { id: needId } },
      );
      const today = todayInChina();
      const paired = new Set(
        demo.pairings.filter((p) => p.communityId === scenario.community.id && p.startsOn <= today && today <= p.endsOn).map((p) => p.unitId),
      );
      // The plan's resources as they stand now (another test withdraws one), this one, and any other test's.
      const inactive = new Set((await rowsNow<{ id: string }>('select id from cobuilding.resource where not active')).map((r) => r.id));
      const offeredByOthers = await rowsNow<{ id: string; unitId: string; title: string; category: CobuildingCategory }>(
        'select id, unit_id as "unitId", title, category from cobuilding.resource where active and not (id = any($1::uuid[]))',
        [[...demo.resources.map((r) => r.id), resourceId]],
      );
      const resources = [
        ...demo.resources.filter((r) => !inactive.has(r.id)),
        { id: resourceId, unitId: scenario.jointUnit.id, title: '医护志愿者上门', category: CobuildingCategory.HEALTH },
        ...offeredByOthers,
      ];
      const expected = rankResources(CobuildingCategory.HEALTH, resources, paired).map((c) => ({
        resource: { id: c.resource.id, title: c.resource.title },
        categoryFit: c.categoryFit,
        pairedWithCommunity: c.paired,
        score: c.score,
      }));
      expect(response.body).toEqual({ data: { resourceSuggestions: expected } });
      // The paired unit's new resource is among the top: exact fit and paired.
      expect(expected.filter((suggestion) => suggestion.score === 5).map((suggestion) => suggestion.resource.id)).toContain(resourceId);
    });

    await step('refuses another unit planning a project with this unit’s resource', async () => {
      const intruder = await unitToken(otherUnit().id, scenario.community.id);
      const response = await graph.graphql(`mutation($input: CreateCoBuildingProjectInput!) { createCoBuildingProject(input: $input) { id } }`, {
        token: intruder,
        variables: { input: { needId, resourceId, title: '冒用资源' } },
      });
      expect(response.body).toEqual({
        data: null,
        errors: [forbiddenError('This resource belongs to another unit: a unit plans projects only with its own resources.', ['createCoBuildingProject'])],
      });
    });

    await step('runs a project planned → in progress → completed → evaluated, refusing every out-of-order step', async () => {
      const FIELDS = 'id status beneficiaries rating unit { id } need { id } resource { id } neighborhood { id }';
      const created = await graph.graphql<{ createCoBuildingProject: { id: string } }>(
        `mutation($input: CreateCoBuildingProjectInput!) { createCoBuildingProject(input: $input) { ${FIELDS} } }`,
        { token: token(Role.JOINT_UNIT), variables: { input: { needId, resourceId, title: '上门体检' } } },
      );
      projectId = created.body.data!.createCoBuildingProject.id;
      const project = (status: string, beneficiaries: number | null, rating: number | null) => ({
        id: projectId,
        status,
        beneficiaries,
        rating,
        unit: { id: scenario.jointUnit.id },
        need: { id: needId },
        resource: { id: resourceId },
        neighborhood: { id: neighborhood().id },
      });
      expect(created.body).toEqual({ data: { createCoBuildingProject: project('PLANNED', null, null) } });

      const complete = `mutation($id: ID!) { completeCoBuildingProject(id: $id, beneficiaries: 42) { ${FIELDS} } }`;
      const evaluate = `mutation($input: EvaluateCoBuildingProjectInput!) { evaluateCoBuildingProject(input: $input) { ${FIELDS} } }`;
      const start = `mutation($id: ID!) { startCoBuildingProject(id: $id) { ${FIELDS} } }`;
      const conflictError = (message: string, path: string) => ({ data: null, errors: [{ message, path: [path], extensions: { code: 'CONFLICT', status: expect.any(String) } }] });

      expect((await graph.graphql(complete, { token: token(Role.JOINT_UNIT), variables: { id: projectId } })).body).toEqual(
        conflictError('This project is PLANNED; it can become COMPLETED only from IN_PROGRESS.', 'completeCoBuildingProject'),
      );
      const intruder = await unitToken(otherUnit().id, scenario.community.id);
      expect((await graph.graphql(start, { token: intruder, variables: { id: projectId } })).body).toEqual({
        data: null,
        errors: [forbiddenError('This project is run by another unit: a unit manages only its own projects.', ['startCoBuildingProject'])],
      });
      expect((await graph.graphql(start, { token: token(Role.JOINT_UNIT), variables: { id: projectId } })).body).toEqual({
        data: { startCoBuildingProject: project('IN_PROGRESS', null, null) },
      });
      expect((await graph.graphql(start, { token: token(Role.JOINT_UNIT), variables: { id: projectId } })).body).toEqual(
        conflictError('This project is IN_PROGRESS; it can become IN_PROGRESS only from PLANNED.', 'startCoBuildingProject'),
      );
      expect((await graph.graphql(evaluate, { token: token(Role.COMMUNITY), variables: { input: { id: projectId, rating: 5 } } })).body).toEqual(
        conflictError('This project is IN_PROGRESS; it can become EVALUATED only from COMPLETED.', 'evaluateCoBuildingProject'),
      );
      expect((await graph.graphql(complete, { token: token(Role.JOINT_UNIT), variables: { id: projectId } })).body).toEqual({
        data: { completeCoBuildingProject: project('COMPLETED', 42, null) },
      });
      expect((await graph.graphql(evaluate, { token: token(Role.JOINT_UNIT), variables: { input: { id: projectId, rating: 5 } } })).body).toEqual({
        data: null,
        errors: [forbiddenError('Your role (JOINT_UNIT) may not evaluate projects here: only the community, street or district office of this area may.', ['evaluateCoBuildingProject'])],
      });
      expect((await graph.graphql(evaluate, { token: token(Role.COMMUNITY), variables: { input: { id: projectId, rating: 5, comment: '居民满意' } } })).body).toEqual({
        data: { evaluateCoBuildingProject: project('EVALUATED', 42, 5) },
      });
    });

    await step('shows the project under its neighborhood and in the community’s statistics', async () => {
      const response = await graph.graphql<{
        neighborhood: { projects: { id: string; status: string }[] };
        community: { cobuildingStatistics: { projectsByStatus: { status: string; count: number }[]; beneficiaries: number } };
      }>(
        `query($n: ID!, $c: ID!) { neighborhood(id: $n) { projects { id status } } community(id: $c) { cobuildingStatistics { projectsByStatus { status count } beneficiaries } } }`,
        { token: token(Role.COMMUNITY), variables: { n: neighborhood().id, c: scenario.community.id } },
      );
      const seeded = demo.projects.filter((p) => p.neighborhoodId === neighborhood().id).map((p) => ({ id: p.id, status: p.status }));
      // Another test of the file may have run a project here before this one (in creation order, as listed).
      const others = await rowsNow<{ id: string; status: string }>(
        'select id, status from cobuilding.project where neighborhood_id = $1 and not (id = any($2::uuid[])) order by created_at, id',
        [neighborhood().id, [...seeded.map((p) => p.id), projectId]],
      );
      expect(response.body.data!.neighborhood.projects).toEqual([...seeded, ...others, { id: projectId, status: 'EVALUATED' }]);
      const rows = await statisticsRows();
      const before = expectedStatistics({ ...rows, projects: rows.projects.filter((p) => p.id !== projectId) }, (row) => row.communityId === scenario.community.id);
      expect(response.body.data!.community.cobuildingStatistics).toEqual({
        projectsByStatus: before.projectsByStatus.map((entry) => (entry.status === 'EVALUATED' ? { ...entry, count: entry.count + 1 } : entry)),
        beneficiaries: before.beneficiaries + 42,
      });
    });
  });
});

