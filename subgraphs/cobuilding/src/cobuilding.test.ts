/* eslint-disable max-lines -- cobuilding's gateway tests (statistics, units, the three lists as one scenario, references, batching) on one booted graph; it splits when each test builds its own tenant (issue #20) */
import pg from 'pg';
import { issuePlaceCertificate } from '../../platform/access/place-certificate.js';
import { testStatementKeys } from '../../../test/harness/test-keys.js';
import { Role } from '../../platform/access/role.js';
import { demoScenario } from '../../../infra/demo/demo-tokens.js';
import { startGraph, gatewayHeaders, type GraphStack } from '../../../test/harness/graph-stack.js';
import { planCobuilding, type CobuildingDemo } from '../seeders/cobuilding-plan.js';
import { rankResources } from './lists/matching.js';
import { CobuildingCategory } from './lists/cobuilding-category.js';
import { todayInChina } from '../../platform/calendar/calendar-day.js';
import { step } from '../../../test/harness/scenario.js';

let graph: GraphStack;
let demo: CobuildingDemo;
let scenario: ReturnType<typeof demoScenario>;
/** The suite database as the superuser, to read what the file's tests have written so far (they run in any order). */
let admin: pg.Client;
beforeAll(async () => {
  graph = await startGraph();
  demo = planCobuilding(graph.plan);
  scenario = demoScenario(graph.plan);
  admin = new pg.Client({ connectionString: graph.adminDatabaseUrl });
  await admin.connect();
});
afterAll(async () => {
  await admin?.end();
  await graph?.stop();
});
/** Rows as they stand now, by plain SQL. */
const rowsNow = async <R>(sql: string, params: unknown[] = []): Promise<R[]> => (await admin.query(sql, params)).rows as R[];

const token = (role: Role) => graph.tokens.get(role)!;
/** Code-point order, as the database sorts (C collation). */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const pathOf = (neighborhoodId: string) => {
  const n = graph.plan.neighborhoods.find((candidate) => candidate.id === neighborhoodId)!;
  return { districtId: n.districtId, streetId: n.streetId, communityId: n.communityId, neighborhoodId: n.id };
};
/** A neighborhood as `CobuildingPlaceInput`: its certificate, as the registry issues it (tested in the registry). */
const placeOf = (neighborhoodId: string) => ({ certificate: issuePlaceCertificate(pathOf(neighborhoodId), testStatementKeys('registry')) });
/** A neighborhood of the demo community (the JOINT_UNIT and COMMUNITY tokens' community). */
const demoNeighborhood = () => graph.plan.neighborhoods.find((n) => n.communityId === scenario.community.id)!;
/** A unit of another community, and a token for it acting where that unit is paired. */
const otherUnit = () => graph.plan.jointUnits.find((unit) => unit.communityId !== scenario.community.id)!;
const unitToken = (unitId: string, communityId: string) =>
  graph.issuer.issue(`unit-${unitId}`, { role: Role.JOINT_UNIT, org: unitId, grant: { communityIds: [communityId] } });
/** A subgraph's errors without locations, in path order (entities resolve concurrently). */
const inPathOrder = (body: { data?: unknown; errors?: { path?: (string | number)[]; locations?: unknown }[] }) => ({
  ...body,
  errors: body.errors
    ?.map(({ locations: _locations, ...error }) => error)
    .sort((a, b) => Number(a.path?.[1]) - Number(b.path?.[1])),
});
const forbiddenError = (message: string, path: string[]) => ({ message, path, extensions: { code: 'FORBIDDEN' } });

const STATISTICS = `cobuildingStatistics { pairings projectsByStatus { status count } beneficiaries wishesPosted wishesFulfilled volunteerActivities serviceHours }`;

/** A counted row's area, and the unit that owns or claimed it. */
interface CountedRow {
  districtId: string;
  streetId: string;
  communityId: string;
  unitId?: string | null;
  claimantUnitId?: string | null;
}
const AREA = `district_id as "districtId", street_id as "streetId", community_id as "communityId"`;

/**
 * The rows the statistics count, as they stand in the database now (not the demo plan's: other tests of this file
 * add projects, pairings and more, in any order), read with plain SQL.
 */
async function statisticsRows() {
  return {
    pairings: await rowsNow<CountedRow>(`select ${AREA}, unit_id as "unitId" from cobuilding.pairing`),
    projects: await rowsNow<CountedRow & { id: string; status: string; beneficiaries: number | null }>(`select id, status, beneficiaries, ${AREA}, unit_id as "unitId" from cobuilding.project`),
    wishes: await rowsNow<CountedRow & { status: string }>(`select status, ${AREA}, claimant_unit_id as "claimantUnitId" from cobuilding.micro_wish`),
    activities: await rowsNow<CountedRow & { id: string; hours: string }>(`select id, hours, ${AREA}, unit_id as "unitId" from cobuilding.volunteer_activity`),
    participations: await rowsNow<{ activityId: string }>(`select activity_id as "activityId" from cobuilding.volunteer_participation`),
  };
}

function expectedStatistics(rows: Awaited<ReturnType<typeof statisticsRows>>, keep: (row: CountedRow) => boolean) {
  const projects = rows.projects.filter(keep);
  const wishes = rows.wishes.filter(keep);
  const activities = rows.activities.filter(keep);
  const tenths = activities.reduce(
    (total, activity) => total + Math.round(Number(activity.hours) * 10) * rows.participations.filter((p) => p.activityId === activity.id).length,
    0,
  );
  return {
    pairings: rows.pairings.filter(keep).length,
    projectsByStatus: ['PLANNED', 'IN_PROGRESS', 'COMPLETED', 'EVALUATED', 'CANCELLED'].map((status) => ({ status, count: projects.filter((p) => p.status === status).length })),
    beneficiaries: projects.reduce((total, p) => total + (p.beneficiaries ?? 0), 0),
    wishesPosted: wishes.filter((w) => w.status !== 'CANCELLED').length,
    wishesFulfilled: wishes.filter((w) => w.status === 'FULFILLED' || w.status === 'CONFIRMED').length,
    volunteerActivities: activities.length,
    serviceHours: `${Math.floor(tenths / 10)}.${tenths % 10}`,
  };
}

describe('statistics by area', () => {
  it('gives the district office the figures of its whole district, streets and communities', async () => {
    const response = await graph.graphql(`{ districts { nodes { id ${STATISTICS} streets { id ${STATISTICS} communities { id ${STATISTICS} } } } } }`, {
      token: token(Role.DISTRICT),
    });
    const streets = [...graph.plan.streets].sort((a, b) => byText(a.name, b.name));
    const rows = await statisticsRows();
    const expectedStatisticsOf = (keep: (row: CountedRow) => boolean) => expectedStatistics(rows, keep);
    expect(response.body).toEqual({
      data: {
        districts: {
          nodes: [
            {
              id: graph.plan.district.id,
              cobuildingStatistics: expectedStatisticsOf((row) => row.districtId === graph.plan.district.id),
              streets: streets.map((street) => ({
                id: street.id,
                cobuildingStatistics: expectedStatisticsOf((row) => row.streetId === street.id),
                communities: graph.plan.communities
                  .filter((c) => c.streetId === street.id)
                  .sort((a, b) => byText(a.name, b.name))
                  .map((c) => ({ id: c.id, cobuildingStatistics: expectedStatisticsOf((row) => row.communityId === c.id) })),
              })),
            },
          ],
        },
      },
    });
  });

  it('counts for a joint unit only what it may read: its paired community and its own rows', async () => {
    const response = await graph.graphql(`query($id: ID!) { district(id: $id) { ${STATISTICS} } }`, {
      token: token(Role.JOINT_UNIT),
      variables: { id: graph.plan.district.id },
    });
    const unitId = scenario.jointUnit.id;
    const mine = (row: CountedRow) => row.communityId === scenario.community.id || row.unitId === unitId || row.claimantUnitId === unitId;
    expect(response.body).toEqual({ data: { district: { cobuildingStatistics: expectedStatistics(await statisticsRows(), mine) } } });
  });
});

describe('joint-building units', () => {
  it('lists the plan’s units with their kinds and party organisations', async () => {
    const response = await graph.graphql(`{ jointBuildingUnits(first: 100) { totalCount nodes { id name kind partyOrganization { id } } } }`, {
      token: token(Role.STREET),
    });
    // With any unit another test of the file registered.
    const registered = await rowsNow<{ id: string; name: string; kind: string; partyOrganizationId: string | null }>(
      'select id, name, kind, party_organization_id as "partyOrganizationId" from cobuilding.joint_building_unit where not (id = any($1::uuid[]))',
      [graph.plan.jointUnits.map((unit) => unit.id)],
    );
    const units = [...graph.plan.jointUnits, ...registered];
    expect(response.body).toEqual({
      data: {
        jointBuildingUnits: {
          totalCount: units.length,
          nodes: units
            .sort((a, b) => byText(a.name, b.name))
            .map((unit) => ({ id: unit.id, name: unit.name, kind: unit.kind, partyOrganization: unit.partyOrganizationId ? { id: unit.partyOrganizationId } : null })),
        },
      },
    });
  });

  it('refuses residents the directory', async () => {
    const response = await graph.graphql('{ jointBuildingUnits { totalCount } }', { token: token(Role.RESIDENT) });
    expect(response.body).toEqual({ data: null, errors: [forbiddenError('Residents may not list joint-building units.', ['jointBuildingUnits'])] });
  });

  it('shows a community its pairings, with units, neighborhoods and whether each is active', async () => {
    const response = await graph.graphql(
      `query($id: ID!) { community(id: $id) { name pairings { id unit { name } neighborhood { name } startsOn endsOn agreement active } } }`,
      { token: token(Role.COMMUNITY), variables: { id: scenario.community.id } },
    );
    const today = todayInChina();
    expect(response.body).toEqual({
      data: {
        community: {
          name: scenario.community.name,
          pairings: demo.pairings
            .filter((p) => p.communityId === scenario.community.id)
            .map((p) => ({
              id: p.id,
              unit: { name: graph.plan.jointUnits.find((u) => u.id === p.unitId)!.name },
              neighborhood: p.neighborhoodId ? { name: graph.plan.neighborhoods.find((n) => n.id === p.neighborhoodId)!.name } : null,
              startsOn: p.startsOn,
              endsOn: p.endsOn,
              agreement: p.agreement,
              active: p.startsOn <= today && today <= p.endsOn,
            })),
        },
      },
    });
  });

  it('shows a person’s unit posts, and a unit its report-ins', async () => {
    const post = demo.posts.find((p) => p.unitId === scenario.jointUnit.id)!;
    const response = await graph.graphql(
      `query($person: ID!, $unit: ID!) {
        person(id: $person) { unitPosts { title since unit { name } community { id } } }
        jointBuildingUnit(id: $unit) { reportIns { year memberCount community { id } } }
      }`,
      { token: token(Role.COMMUNITY), variables: { person: post.personId, unit: scenario.jointUnit.id } },
    );
    const reportIn = demo.reportIns.find((r) => r.unitId === scenario.jointUnit.id)!;
    // With any report-in another test of the file recorded here, in the listed order (year, then community).
    const recorded = await rowsNow<{ year: number; memberCount: number; communityId: string }>(
      'select year, member_count as "memberCount", community_id as "communityId" from cobuilding.unit_report_in where unit_id = $1 and community_id = $2 and id <> $3',
      [scenario.jointUnit.id, scenario.community.id, reportIn.id],
    );
    const reportIns = [{ year: reportIn.year, memberCount: reportIn.memberCount, communityId: scenario.community.id }, ...recorded].sort((a, b) => a.year - b.year);
    expect(response.body).toEqual({
      data: {
        person: { unitPosts: [{ title: 'LIAISON', since: post.since, unit: { name: scenario.jointUnit.name }, community: { id: scenario.community.id } }] },
        jointBuildingUnit: { reportIns: reportIns.map((r) => ({ year: r.year, memberCount: r.memberCount, community: { id: r.communityId } })) },
      },
    });
  });

  it('lets a unit report in to a community it is paired with, once a year, and nowhere else', async () => {
    const mutation = `mutation($input: JointUnitReportInInput!) { recordUnitReportIn(input: $input) { year memberCount community { id } unit { id } } }`;
    const ok = await graph.graphql(mutation, { token: token(Role.JOINT_UNIT), variables: { input: { communityId: scenario.community.id, year: 2027, memberCount: 35 } } });
    expect(ok.body).toEqual({ data: { recordUnitReportIn: { year: 2027, memberCount: 35, community: { id: scenario.community.id }, unit: { id: scenario.jointUnit.id } } } });
    const again = await graph.graphql(mutation, { token: token(Role.JOINT_UNIT), variables: { input: { communityId: scenario.community.id, year: 2027, memberCount: 36 } } });
    expect(again.body).toEqual({
      data: null,
      errors: [{ message: 'A record with the same unique values already exists.', path: ['recordUnitReportIn'], extensions: { code: 'CONFLICT' } }],
    });
    const elsewhere = await graph.graphql(mutation, { token: token(Role.JOINT_UNIT), variables: { input: { communityId: otherUnit().communityId, year: 2027, memberCount: 5 } } });
    expect(elsewhere.body).toEqual({
      data: null,
      errors: [forbiddenError('Your unit is not paired with this community: a unit reports in where it is paired.', ['recordUnitReportIn'])],
    });
    const byCommunity = await graph.graphql(mutation, { token: token(Role.COMMUNITY), variables: { input: { communityId: scenario.community.id, year: 2028, memberCount: 5 } } });
    expect(byCommunity.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lets an area office pair a unit within its area, refusing overlaps, reversed periods and other areas; the neighborhood shows it', async () => {
    // In a neighborhood of another community than the demo one (where the unit has no pairing), by that community's
    // office, so that the demo community's pairings, suggestions and figures stay the seed's for the other tests.
    const mutation = `mutation($input: CreatePairingInput!) { createPairing(input: $input) { unit { id } community { id } neighborhood { id } startsOn endsOn active } }`;
    const unit = otherUnit();
    const neighborhood = graph.plan.neighborhoods.find((n) => n.communityId !== scenario.community.id && !demo.pairings.some((p) => p.unitId === unit.id && p.communityId === n.communityId))!;
    const community = await graph.issuer.issue('pairing-community-office', { role: Role.COMMUNITY, grant: { communityIds: [neighborhood.communityId] } }, { expiresIn: '1h' });
    const input = { unitId: unit.id, place: placeOf(neighborhood.id), startsOn: '2026-03-01', endsOn: '2026-12-31', agreement: '包保小区协议' };
    const today = todayInChina();
    const ok = await graph.graphql(mutation, { token: community, variables: { input } });
    expect(ok.body).toEqual({
      data: {
        createPairing: {
          unit: { id: unit.id },
          community: { id: neighborhood.communityId },
          neighborhood: { id: neighborhood.id },
          startsOn: '2026-03-01',
          endsOn: '2026-12-31',
          active: '2026-03-01' <= today && today <= '2026-12-31',
        },
      },
    });
    const overlap = await graph.graphql(mutation, { token: community, variables: { input: { ...input, startsOn: '2026-12-01', endsOn: '2027-06-30' } } });
    expect(overlap.body).toEqual({
      data: null,
      errors: [
        {
          message: 'This unit is already paired with this place for part of that period: change the dates or end the other pairing.',
          path: ['createPairing'],
          extensions: { code: 'CONFLICT' },
        },
      ],
    });
    const reversed = await graph.graphql(mutation, { token: community, variables: { input: { ...input, startsOn: '2030-01-02', endsOn: '2030-01-01' } } });
    expect(reversed.body).toEqual({
      data: null,
      errors: [{ message: 'endsOn must not be before startsOn.', path: ['createPairing'], extensions: { code: 'BAD_USER_INPUT', field: 'endsOn' } }],
    });
    const otherArea = placeOf(graph.plan.neighborhoods.find((n) => n.communityId !== neighborhood.communityId)!.id);
    const refused = await graph.graphql(mutation, { token: community, variables: { input: { ...input, place: otherArea } } });
    expect(refused.body).toEqual({
      data: null,
      errors: [forbiddenError('Your role (COMMUNITY) may not pair units here: only the community, street or district office of this area may.', ['createPairing'])],
    });
    const byUnit = await graph.graphql(mutation, { token: token(Role.JOINT_UNIT), variables: { input: { ...input, startsOn: '2031-01-01', endsOn: '2031-12-31' } } });
    expect(byUnit.body.errors?.[0]).toEqual(
      forbiddenError('Your role (JOINT_UNIT) may not pair units here: only the community, street or district office of this area may.', ['createPairing']),
    );
    // The neighborhood shows the units paired with it alone (包保).
    const shown = await graph.graphql(`query($id: ID!) { neighborhood(id: $id) { pairings { unit { id } startsOn } } }`, { token: community, variables: { id: neighborhood.id } });
    const paired = [...demo.pairings.filter((p) => p.neighborhoodId === neighborhood.id), { unitId: unit.id, startsOn: '2026-03-01' }];
    expect(shown.body).toEqual({ data: { neighborhood: { pairings: paired.map((p) => ({ unit: { id: p.unitId }, startsOn: p.startsOn })) } } });
  });
});

describe('the unit directory and unit posts', () => {
  it('lets a district or street office register a unit, once per name', async () => {
    const mutation = `mutation($input: RegisterJointBuildingUnitInput!) { registerJointBuildingUnit(input: $input) { name kind partyOrganization { id } pairings { id } } }`;
    const input = { name: '县图书馆', kind: 'PUBLIC_INSTITUTION' };
    expect((await graph.graphql(mutation, { token: token(Role.STREET), variables: { input } })).body).toEqual({
      data: { registerJointBuildingUnit: { name: '县图书馆', kind: 'PUBLIC_INSTITUTION', partyOrganization: null, pairings: [] } },
    });
    expect((await graph.graphql(mutation, { token: token(Role.DISTRICT), variables: { input } })).body).toEqual({
      data: null,
      errors: [{ message: 'A record with the same unique values already exists.', path: ['registerJointBuildingUnit'], extensions: { code: 'CONFLICT' } }],
    });
    expect((await graph.graphql(mutation, { token: token(Role.COMMUNITY), variables: { input: { ...input, name: '不应保存' } } })).body).toEqual({
      data: null,
      errors: [forbiddenError('Your role (COMMUNITY) may not register joint-building units: only DISTRICT or STREET may.', ['registerJointBuildingUnit'])],
    });
  });

  it('lets a unit appoint a person to a post in a paired community, shown on the person', async () => {
    const mutation = `mutation($input: AppointUnitPostInput!) { appointUnitPost(input: $input) { title since unit { id } person { id } community { id } } }`;
    const person = graph.plan.persons.find((p) => p.communityId === scenario.community.id && !demo.posts.some((post) => post.personId === p.id))!;
    const input = { personId: person.id, title: 'FIRST_SECRETARY', communityId: scenario.community.id, since: '2026-09-01' };
    expect((await graph.graphql(mutation, { token: token(Role.JOINT_UNIT), variables: { input } })).body).toEqual({
      data: { appointUnitPost: { title: 'FIRST_SECRETARY', since: '2026-09-01', unit: { id: scenario.jointUnit.id }, person: { id: person.id }, community: { id: scenario.community.id } } },
    });
    expect((await graph.graphql(mutation, { token: token(Role.JOINT_UNIT), variables: { input: { ...input, communityId: otherUnit().communityId } } })).body).toEqual({
      data: null,
      errors: [forbiddenError('Your unit is not paired with this community: posts serve a paired community.', ['appointUnitPost'])],
    });
    const shown = await graph.graphql(`query($id: ID!) { person(id: $id) { unitPosts { title unit { name } } } }`, { token: token(Role.COMMUNITY), variables: { id: person.id } });
    expect(shown.body).toEqual({ data: { person: { unitPosts: [{ title: 'FIRST_SECRETARY', unit: { name: scenario.jointUnit.name } }] } } });
  });
});

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
