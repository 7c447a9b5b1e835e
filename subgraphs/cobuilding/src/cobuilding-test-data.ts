/** Shared data and helpers of cobuilding's gateway tests (each test file boots its own graph). */
import pg from 'pg';
import { issuePlaceCertificate } from '../../platform/access/place-certificate.js';
import { testStatementKeys } from '../../../test/harness/test-keys.js';
import { Role } from '../../platform/access/role.js';
import { demoScenario } from '../../../infra/demo/demo-tokens.js';
import { startGraph as bootGraph, type GraphStack } from '../../../test/harness/graph-stack.js';
import { planCobuilding, type CobuildingDemo } from '../seeders/cobuilding-plan.js';

export let graph: GraphStack;
export let demo: CobuildingDemo;
export let scenario: ReturnType<typeof demoScenario>;
/** The suite database as the superuser, to read what the tests have written so far (they run in any order). */
export let admin: pg.Client;
/** Boots the graph for one test file (its `beforeAll`). */
export async function startGraph() {
  graph = await bootGraph();
  demo = planCobuilding(graph.plan);
  scenario = demoScenario(graph.plan);
  admin = new pg.Client({ connectionString: graph.adminDatabaseUrl });
  await admin.connect();
}
/** Stops what `startGraph` started (its `afterAll`). */
export async function stop() {
  await admin?.end();
  await graph?.stop();
}
/** Rows as they stand now, by plain SQL. */
export const rowsNow = async <R>(sql: string, params: unknown[] = []): Promise<R[]> => (await admin.query(sql, params)).rows as R[];

export const token = (role: Role) => graph.tokens.get(role)!;
/** Code-point order, as the database sorts (C collation). */
export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
export const pathOf = (neighborhoodId: string) => {
  const n = graph.plan.neighborhoods.find((candidate) => candidate.id === neighborhoodId)!;
  return { districtId: n.districtId, streetId: n.streetId, communityId: n.communityId, neighborhoodId: n.id };
};
/** A neighborhood as `CobuildingPlaceInput`: its certificate, as the registry issues it (tested in the registry). */
export const placeOf = (neighborhoodId: string) => ({ certificate: issuePlaceCertificate(pathOf(neighborhoodId), testStatementKeys('registry')) });
/** A neighborhood of the demo community (the JOINT_UNIT and COMMUNITY tokens' community). */
export const demoNeighborhood = () => graph.plan.neighborhoods.find((n) => n.communityId === scenario.community.id)!;
/** A unit of another community, and a token for it acting where that unit is paired. */
export const otherUnit = () => graph.plan.jointUnits.find((unit) => unit.communityId !== scenario.community.id)!;
export const unitToken = (unitId: string, communityId: string) =>
  graph.issuer.issue(`unit-${unitId}`, { role: Role.JOINT_UNIT, org: unitId, grant: { communityIds: [communityId] } });
export const forbiddenError = (message: string, path: string[]) => ({ message, path, extensions: { code: 'FORBIDDEN' } });


/** A counted row's area, and the unit that owns or claimed it. */
export interface CountedRow {
  districtId: string;
  streetId: string;
  communityId: string;
  unitId?: string | null;
  claimantUnitId?: string | null;
}
export const AREA = `district_id as "districtId", street_id as "streetId", community_id as "communityId"`;

/**
 * The rows the statistics count, as they stand in the database now (not the demo plan's: other tests of this file
 * add projects, pairings and more, in any order), read with plain SQL.
 */
export async function statisticsRows() {
  return {
    pairings: await rowsNow<CountedRow>(`select ${AREA}, unit_id as "unitId" from cobuilding.pairing`),
    projects: await rowsNow<CountedRow & { id: string; status: string; beneficiaries: number | null }>(`select id, status, beneficiaries, ${AREA}, unit_id as "unitId" from cobuilding.project`),
    wishes: await rowsNow<CountedRow & { status: string }>(`select status, ${AREA}, claimant_unit_id as "claimantUnitId" from cobuilding.micro_wish`),
    activities: await rowsNow<CountedRow & { id: string; hours: string }>(`select id, hours, ${AREA}, unit_id as "unitId" from cobuilding.volunteer_activity`),
    participations: await rowsNow<{ activityId: string }>(`select activity_id as "activityId" from cobuilding.volunteer_participation`),
  };
}

export function expectedStatistics(rows: Awaited<ReturnType<typeof statisticsRows>>, keep: (row: CountedRow) => boolean) {
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
