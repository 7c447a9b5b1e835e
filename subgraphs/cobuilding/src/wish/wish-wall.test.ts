import { issuePlaceCertificate } from '../../../platform/access/place-certificate.js';
import { testStatementKeys } from '../../../../test/harness/test-keys.js';
import { Role } from '../../../platform/access/role.js';
import { demoScenario, residentHomes } from '../../../../infra/demo/demo-tokens.js';
import { startGraph, type GraphStack } from '../../../../test/harness/graph-stack.js';
import { planCobuilding, type CobuildingDemo } from '../../seeders/cobuilding-plan.js';
import { todayInChina } from '../../../platform/calendar/calendar-day.js';
import { step } from '../../../../test/harness/scenario.js';

// The wish wall (心愿墙), giving a claimed wish back (释放), and figures by period.
let graph: GraphStack;
let demo: CobuildingDemo;
let scenario: ReturnType<typeof demoScenario>;
beforeAll(async () => {
  graph = await startGraph();
  demo = planCobuilding(graph.plan);
  scenario = demoScenario(graph.plan);
});
afterAll(async () => {
  await graph?.stop();
});

const token = (role: Role) => graph.tokens.get(role)!;
const home = () => graph.plan.neighborhoods.find((n) => n.id === scenario.neighborhood.id)!;
const homePlace = () => {
  const n = home();
  return { certificate: issuePlaceCertificate({ districtId: n.districtId, streetId: n.streetId, communityId: n.communityId, neighborhoodId: n.id }, testStatementKeys('registry')) };
};
const homeUnit = () => graph.plan.jointUnits.find((unit) => unit.communityId === home().communityId)!;
const unitToken = (unitId: string, communityId: string) => graph.issuer.issue(`unit-${unitId}`, { role: Role.JOINT_UNIT, org: unitId, grant: { communityIds: [communityId] } });
/** A resident living in another street than the demo resident. */
const farResident = () => {
  const far = new Set(graph.plan.neighborhoods.filter((n) => n.streetId !== home().streetId).map((n) => n.id));
  const person = graph.plan.persons.find((p) => p.residenceNeighborhoodId !== null && far.has(p.residenceNeighborhoodId))!;
  return graph.issuer.issue(`person-${person.id}`, { role: Role.RESIDENT, person: person.id, grant: { neighborhoodIds: residentHomes(graph.plan, person.id) } });
};
const failure = (code: string, message: string, path: string, extra: Record<string, unknown> = {}) => ({ data: null, errors: [{ message, path: [path], extensions: { code, ...extra } }] });

const WALL = 'query($filter: OpenMicroWishFilter) { openMicroWishes(first: 100, filter: $filter) { totalCount nodes { id title status neighborhood { id } } } }';
const RELEASE = 'mutation($input: ReleaseMicroWishInput!) { releaseMicroWish(input: $input) { id status claimantUnit { id } claimantPerson { id } releases { reason claimantUnit { id } claimantPerson { id } } } }';

describe('the wish wall', () => {
  const FIGURES =
    'query($id: ID!, $period: CobuildingPeriodInput) { district(id: $id) { cobuildingStatistics(period: $period) { pairings wishesPosted wishesFulfilled volunteerActivities beneficiaries } } }';

  it('shows a posted wish on the wall, lets only its claimant give it back, and counts it in the figures of its period', async () => {
    let posted = '';

    await step("shows a resident the open wishes of their home community, oldest first, with filters; not to a resident elsewhere", async () => {
      const response = await graph.graphql<{ postMicroWish: { id: string } }>('mutation($input: PostMicroWishInput!) { postMicroWish(input: $input) { id } }', {
        token: token(Role.RESIDENT),
        variables: { input: { title: '陪同老人就医', place: homePlace() } },
      });
      posted = response.body.data!.postMicroWish.id;
      const seeded = demo.wishes
        .filter((wish) => wish.communityId === home().communityId && wish.status === 'OPEN')
        .map((wish) => ({ id: wish.id, title: wish.title, status: 'OPEN', neighborhood: { id: wish.neighborhoodId } }));
      const expected = [...seeded, { id: posted, title: '陪同老人就医', status: 'OPEN', neighborhood: { id: home().id } }];
      const wall = await graph.graphql(WALL, { token: token(Role.RESIDENT), variables: { filter: { communityId: home().communityId } } });
      expect(wall.body).toEqual({ data: { openMicroWishes: { totalCount: expected.length, nodes: expected } } });
      // Two Chinese characters of the title, and the day it was posted.
      const today = todayInChina(graph.clock.now());
      const found = await graph.graphql(WALL, { token: token(Role.RESIDENT), variables: { filter: { titleContains: '就医', postedFrom: today, postedTo: today } } });
      expect(found.body).toEqual({ data: { openMicroWishes: { totalCount: 1, nodes: [{ id: posted, title: '陪同老人就医', status: 'OPEN', neighborhood: { id: home().id } }] } } });
      const elsewhere = await graph.graphql(WALL, { token: await farResident(), variables: { filter: { communityId: home().communityId } } });
      expect(elsewhere.body).toEqual({ data: { openMicroWishes: { totalCount: 0, nodes: [] } } });
    });

    await step('lets only the claimant give it back, with why; it is open again and the claim stays in its history', async () => {
      const unit = homeUnit();
      const mine = await unitToken(unit.id, unit.communityId);
      const claimed = await graph.graphql('mutation($id: ID!) { claimMicroWish(id: $id) { status } }', { token: mine, variables: { id: posted } });
      expect(claimed.body).toEqual({ data: { claimMicroWish: { status: 'CLAIMED' } } });
      const input = { id: posted, reason: '人手不足，无法按时陪同' };
      const byResident = await graph.graphql(RELEASE, { token: token(Role.RESIDENT), variables: { input } });
      expect(byResident.body).toEqual(failure('FORBIDDEN', 'Only the person or unit that claimed this wish may give it back.', 'releaseMicroWish'));
      const byOffice = await graph.graphql(RELEASE, { token: token(Role.COMMUNITY), variables: { input } });
      expect(byOffice.body.errors?.map((error) => error.extensions?.code)).toEqual([expect.stringMatching(/^(NOT_FOUND|FORBIDDEN)$/)]);
      const still = await graph.graphql('query($id: ID!) { microWish(id: $id) { status claimantUnit { id } releases { reason } } }', { token: mine, variables: { id: posted } });
      expect(still.body).toEqual({ data: { microWish: { status: 'CLAIMED', claimantUnit: { id: unit.id }, releases: [] } } });

      const ok = await graph.graphql(RELEASE, { token: mine, variables: { input } });
      expect(ok.body).toEqual({
        data: { releaseMicroWish: { id: posted, status: 'OPEN', claimantUnit: null, claimantPerson: null, releases: [{ reason: input.reason, claimantUnit: { id: unit.id }, claimantPerson: null }] } },
      });
      // Once given back, the unit is no longer its claimant.
      const twice = await graph.graphql(RELEASE, { token: mine, variables: { input } });
      expect(twice.body).toEqual(failure('FORBIDDEN', 'Only the person or unit that claimed this wish may give it back.', 'releaseMicroWish'));
      const own = await graph.graphql('query($id: ID!) { microWish(id: $id) { status releases { reason claimantUnit { id } } } }', { token: token(Role.RESIDENT), variables: { id: posted } });
      expect(own.body).toEqual({ data: { microWish: { status: 'OPEN', releases: [{ reason: input.reason, claimantUnit: { id: unit.id } }] } } });
    });

    // Today's figures hold the one wish posted above.
    await step('counts the events within a period, in SQL, and refuses a period that ends before it begins', async () => {
      const districtId = graph.plan.district.id;
      const today = todayInChina(graph.clock.now());
      const now = await graph.graphql(FIGURES, { token: token(Role.DISTRICT), variables: { id: districtId, period: { from: today, to: today } } });
      const inForce = demo.pairings.filter((pairing) => pairing.startsOn <= today && today <= pairing.endsOn).length;
      expect(now.body).toEqual({ data: { district: { cobuildingStatistics: { pairings: inForce, wishesPosted: 1, wishesFulfilled: 0, volunteerActivities: 0, beneficiaries: 0 } } } });
      const longAgo = await graph.graphql(FIGURES, { token: token(Role.DISTRICT), variables: { id: districtId, period: { from: '2000-01-01', to: '2000-12-31' } } });
      expect(longAgo.body).toEqual({ data: { district: { cobuildingStatistics: { pairings: 0, wishesPosted: 0, wishesFulfilled: 0, volunteerActivities: 0, beneficiaries: 0 } } } });
      const backwards = await graph.graphql(FIGURES, { token: token(Role.DISTRICT), variables: { id: districtId, period: { from: '2026-02-01', to: '2026-01-01' } } });
      expect(backwards.body).toEqual({
        data: { district: null },
        errors: [{ message: 'period.to must not be before period.from.', path: ['district', 'cobuildingStatistics'], extensions: { code: 'BAD_USER_INPUT', field: 'period.to' } }],
      });
    });
  });
});
