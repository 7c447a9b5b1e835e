import { Role } from '../subgraphs/platform/access/role.js';
import { demoScenario } from '../infra/demo/demo-tokens.js';
import { planOwnersCommittees } from '../subgraphs/owners/seeders/owners.seeder.js';
import { startGraph, gatewayHeaders, type GraphResponse, type GraphStack } from './harness/graph-stack.js';
import { recordElectorate } from './harness/owners-electorate.js';
import { step } from './harness/scenario.js';

// The street's and district's lists (neighborhoods without a committee, committees due for re-election), the
// owners' counts of events by period, and a resident's own ballots — through the gateway, each within its area.
let graph: GraphStack;
let streetToken: string;
let otherStreetToken: string;
beforeAll(async () => {
  graph = await startGraph();
  const { neighborhood } = demoScenario(graph.plan);
  const otherStreet = graph.plan.streets.find((street) => street.id !== neighborhood.streetId)!;
  streetToken = await graph.issuer.issue('lists-street', { role: Role.STREET, grant: { streetIds: [neighborhood.streetId] } }, { expiresIn: '1h' });
  otherStreetToken = await graph.issuer.issue('lists-other-street', { role: Role.STREET, grant: { streetIds: [otherStreet.id] } }, { expiresIn: '1h' });
});
afterAll(async () => {
  await graph?.stop();
});

const DAY = 24 * 3600 * 1000;
const day = (offset: number) => new Date(graph.clock.now().getTime() + offset * DAY).toISOString();
const token = (role: Role) => graph.tokens.get(role)!;
const REFUSED = "Only the offices of this area (district, street, community) read its owners' lists and figures.";
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Straight at the owners subgraph, as the gateway would ask it for a street's field (the registry's part supplied). */
async function entitiesOfStreet(callerToken: string, streetId: string, selection: string) {
  const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Street { ${selection} } } }`;
  return graph.subgraphRequest('owners', { query, variables: { r: [{ __typename: 'Street', id: streetId, communities: [] }] } }, gatewayHeaders('owners', callerToken));
}

describe('neighborhoodsWithoutOwnersCommittee', () => {
  const QUERY = `query($id: ID!, $after: String) { street(id: $id) { neighborhoodsWithoutOwnersCommittee(first: 2, after: $after) { totalCount nodes { id name } pageInfo { hasNextPage endCursor } } } }`;

  it("lists the street's neighborhoods with no committee in office, by id, page by page", async () => {
    const { neighborhood } = demoScenario(graph.plan);
    const withCommittee = new Set(graph.plan.ownersCommittees.map((committee) => committee.neighborhoodId));
    const expected = graph.plan.neighborhoods
      .filter((candidate) => candidate.streetId === neighborhood.streetId && !withCommittee.has(candidate.id))
      .map((candidate) => ({ id: candidate.id, name: candidate.name }))
      .sort((a, b) => byId(a.id, b.id));
    expect(expected.length).toBeGreaterThan(2);
    const seen: unknown[] = [];
    let after: string | null = null;
    do {
      type Listed = { street: { neighborhoodsWithoutOwnersCommittee: { totalCount: number; nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } };
      const response: GraphResponse<Listed> = await graph.graphql<Listed>(QUERY, { token: streetToken, variables: { id: neighborhood.streetId, after } });
      const page = response.body.data!.street.neighborhoodsWithoutOwnersCommittee;
      expect(page.totalCount).toBe(expected.length);
      seen.push(...page.nodes);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(expected);
    // Only gated ones: those expected to form a committee.
    const closed = await graph.graphql(`query($id: ID!) { street(id: $id) { neighborhoodsWithoutOwnersCommittee(kind: CLOSED, first: 100) { nodes { id } } } }`, {
      token: token(Role.DISTRICT),
      variables: { id: neighborhood.streetId },
    });
    const closedIds = new Set(graph.plan.neighborhoods.filter((candidate) => candidate.kind === 'CLOSED').map((candidate) => candidate.id));
    expect(closed.body).toEqual({ data: { street: { neighborhoodsWithoutOwnersCommittee: { nodes: expected.filter((item) => closedIds.has(item.id)).map(({ id }) => ({ id })) } } } });
  });

  it('is refused to a caller outside the area, and to roles that are not area offices', async () => {
    const { neighborhood } = demoScenario(graph.plan);
    const outside = await graph.graphql(QUERY, { token: otherStreetToken, variables: { id: neighborhood.streetId } });
    expect(outside.body.data ?? null).toBeNull();
    expect(outside.body.errors?.[0]).toMatchObject({ extensions: { code: expect.stringMatching(/^(NOT_FOUND|FORBIDDEN)$/) } });
    // The owners subgraph refuses on its own, whatever the registry gave.
    for (const caller of [otherStreetToken, token(Role.OWNERS_COMMITTEE), token(Role.PARTY_BRANCH), token(Role.RESIDENT)]) {
      const direct = await entitiesOfStreet(caller, neighborhood.streetId, 'neighborhoodsWithoutOwnersCommittee { totalCount }');
      expect(direct.body).toEqual({
        data: { _entities: [null] },
        errors: [{ message: REFUSED, locations: expect.any(Array), path: ['_entities', 0, 'neighborhoodsWithoutOwnersCommittee'], extensions: { code: 'FORBIDDEN' } }],
      });
    }
  });
});

describe('committeesDueForReElection', () => {
  const QUERY = `query($id: ID!, $within: Int) { street(id: $id) { committeesDueForReElection(withinDays: $within, first: 100) { totalCount nodes { id termEndsOn } } } }`;

  it("lists the street's committees in office whose term ends within the days asked, earliest first", async () => {
    const { neighborhood } = demoScenario(graph.plan);
    const within = 366;
    const until = graph.clock.now().getTime() + within * DAY;
    const expected = planOwnersCommittees(graph.plan)
      .filter((committee) => committee.streetId === neighborhood.streetId && committee.termEndsOn.getTime() <= until)
      .sort((a, b) => a.termEndsOn.getTime() - b.termEndsOn.getTime() || byId(a.id, b.id))
      .map((committee) => ({ id: committee.id, termEndsOn: committee.termEndsOn.toISOString() }));
    const response = await graph.graphql(QUERY, { token: streetToken, variables: { id: neighborhood.streetId, within } });
    expect(response.body).toEqual({ data: { street: { committeesDueForReElection: { totalCount: expected.length, nodes: expected } } } });
    const none = await graph.graphql(QUERY, { token: streetToken, variables: { id: neighborhood.streetId, within: 0 } });
    const ended = expected.filter((committee) => new Date(committee.termEndsOn).getTime() <= graph.clock.now().getTime());
    expect(none.body).toEqual({ data: { street: { committeesDueForReElection: { totalCount: ended.length, nodes: ended } } } });
    const district = await graph.graphql(`query($id: ID!) { district(id: $id) { committeesDueForReElection(withinDays: 366, first: 100) { totalCount } } }`, {
      token: token(Role.DISTRICT),
      variables: { id: graph.plan.district.id },
    });
    const inDistrict = planOwnersCommittees(graph.plan).filter((committee) => committee.termEndsOn.getTime() <= until).length;
    expect(district.body).toEqual({ data: { district: { committeesDueForReElection: { totalCount: inDistrict } } } });
  });

  it('refuses an out-of-range withinDays, and callers outside the area', async () => {
    const { neighborhood } = demoScenario(graph.plan);
    const bad = await graph.graphql(QUERY, { token: streetToken, variables: { id: neighborhood.streetId, within: 400 } });
    expect(bad.body.errors).toEqual([{ message: 'withinDays must be a whole number from 0 to 366.', path: ['street', 'committeesDueForReElection'], extensions: { code: 'BAD_USER_INPUT', field: 'withinDays' } }]);
    for (const caller of [otherStreetToken, token(Role.PROPERTY_COMPANY)]) {
      const direct = await entitiesOfStreet(caller, neighborhood.streetId, 'committeesDueForReElection { totalCount }');
      expect(direct.body).toEqual({
        data: { _entities: [null] },
        errors: [{ message: REFUSED, locations: expect.any(Array), path: ['_entities', 0, 'committeesDueForReElection'], extensions: { code: 'FORBIDDEN' } }],
      });
    }
  });
});

describe('ownersEventCounts and myOwnersBallots', () => {
  const COUNTS = `query($id: ID!, $period: OwnersPeriodInput) { street(id: $id) { ownersEventCounts(period: $period) { from to assembliesConvened motionsPut resolutionsDecided resolutionsPassed } } }`;
  const MINE = `query($n: ID) { myOwnersBallots(neighborhoodId: $n, first: 50) { totalCount nodes { id recordedAt unit { id } choice channel motion { id } } } }`;

  it("counts assemblies, motions and resolutions of the area in a period, then gives a resident their own ballots on them only, whoever entered them; others are refused", async () => {
    let startedAt = '';
    let motionIds: string[] = [];

    await step('counts assemblies, motions and resolutions of the area in a period', async () => {
      const { neighborhood } = demoScenario(graph.plan);
      const counts = async (period?: Record<string, string>) => {
        const response = await graph.graphql<{ street: { ownersEventCounts: Record<string, number> } }>(COUNTS, { token: streetToken, variables: { id: neighborhood.streetId, period } });
        expect(response.body.errors).toBeUndefined();
        return response.body.data!.street.ownersEventCounts;
      };
      startedAt = graph.clock.now().toISOString();
      const before = await counts();
      expect(await counts({ from: startedAt })).toEqual({ from: startedAt, to: null, assembliesConvened: 0, motionsPut: 0, resolutionsDecided: 0, resolutionsPassed: 0 });

      expect((await recordElectorate(graph, token(Role.OWNERS_COMMITTEE), neighborhood.id)).body.errors).toBeUndefined();
      const convened = await graph.graphql<{ conveneOwnersAssembly: { motions: { id: string }[] } }>(
        'mutation($input: ConveneOwnersAssemblyInput!) { conveneOwnersAssembly(input: $input) { motions { id } } }',
        { token: token(Role.OWNERS_COMMITTEE), variables: { input: { title: '统计期间内的大会', form: 'WRITTEN', meetsOn: day(15.5), motions: [{ title: '续聘物业', category: 'HIRE_OR_DISMISS_PROPERTY_COMPANY' }, { title: '修改管理规约', category: 'MANAGEMENT_COVENANT' }] } } },
      );
      expect(convened.body.errors).toBeUndefined();
      motionIds = convened.body.data!.conveneOwnersAssembly.motions.map((motion) => motion.id);
      expect(await counts({ from: startedAt })).toEqual({ from: startedAt, to: null, assembliesConvened: 1, motionsPut: 2, resolutionsDecided: 0, resolutionsPassed: 0 });
      // Up to the start: what was there before; the whole: the sum.
      expect(await counts({ to: startedAt })).toEqual({ ...before, to: startedAt });
      expect(await counts()).toEqual({ ...before, assembliesConvened: before.assembliesConvened + 1, motionsPut: before.motionsPut + 2 });

      const backwards = await graph.graphql(COUNTS, { token: streetToken, variables: { id: neighborhood.streetId, period: { from: day(1), to: day(0) } } });
      expect(backwards.body.errors).toEqual([{ message: 'period.from must be before period.to.', path: ['street', 'ownersEventCounts'], extensions: { code: 'BAD_USER_INPUT', field: 'period' } }]);
      const direct = await entitiesOfStreet(otherStreetToken, neighborhood.streetId, 'ownersEventCounts { motionsPut }');
      expect(direct.body).toEqual({
        data: { _entities: [null] },
        errors: [{ message: REFUSED, locations: expect.any(Array), path: ['_entities', 0, 'ownersEventCounts'], extensions: { code: 'FORBIDDEN' } }],
      });
    });

    await step('gives a resident their own ballots only, whoever entered them; others are refused', async () => {
      const { neighborhood, ownedUnit, resident } = demoScenario(graph.plan);
      graph.clock.advance('16d');
      const CAST = 'mutation($input: CastOwnersBallotInput!) { castOwnersBallot(input: $input) { id } }';
      const cast = async (as: string, input: Record<string, unknown>) => expect((await graph.graphql(CAST, { token: as, variables: { input } })).body.errors).toBeUndefined();
      await cast(token(Role.RESIDENT), { motionId: motionIds[0], unitId: ownedUnit.id, choice: 'FOR', idempotencyKey: 'mine-0001' });
      // The committee enters a paper ballot for another of the resident's units (if any) and for someone else's unit.
      const units = graph.plan.units.filter((unit) => unit.neighborhoodId === neighborhood.id);
      const otherOwn = units.find((unit) => unit.id !== ownedUnit.id && unit.ownerIds.includes(resident.id));
      const someoneElse = units.find((unit) => !unit.ownerIds.includes(resident.id) && unit.ownerIds.length > 0)!;
      if (otherOwn) await cast(token(Role.OWNERS_COMMITTEE), { motionId: motionIds[0], unitId: otherOwn.id, choice: 'AGAINST', channel: 'PAPER', idempotencyKey: 'mine-0002' });
      await cast(token(Role.OWNERS_COMMITTEE), { motionId: motionIds[0], unitId: someoneElse.id, choice: 'ABSTAIN', channel: 'PAPER', idempotencyKey: 'mine-0003' });
      await cast(token(Role.OWNERS_COMMITTEE), { motionId: motionIds[1], unitId: ownedUnit.id, choice: 'AGAINST', channel: 'PAPER', idempotencyKey: 'mine-0004' });

      const expected = [
        { unit: { id: ownedUnit.id }, choice: 'FOR', channel: 'RESIDENT', motion: { id: motionIds[0] } },
        ...(otherOwn ? [{ unit: { id: otherOwn.id }, choice: 'AGAINST', channel: 'PAPER', motion: { id: motionIds[0] } }] : []),
        { unit: { id: ownedUnit.id }, choice: 'AGAINST', channel: 'PAPER', motion: { id: motionIds[1] } },
      ];
      type Mine = { myOwnersBallots: { totalCount: number; nodes: { id: string; recordedAt: string }[] } };
      const mine = await graph.graphql<Mine>(MINE, { token: token(Role.RESIDENT), variables: {} });
      expect(mine.body.errors).toBeUndefined();
      const { totalCount, nodes } = mine.body.data!.myOwnersBallots;
      const stripped = nodes.map(({ id, recordedAt, ...rest }) => rest as { unit: { id: string }; motion: { id: string } });
      // This test's ballots, and the seed's paper ballots of the resident's units (the demo's recorded decisions).
      expect(stripped.filter((node) => motionIds.includes(node.motion.id))).toEqual(expect.arrayContaining(expected));
      expect(stripped.filter((node) => motionIds.includes(node.motion.id))).toHaveLength(expected.length);
      const residentUnits = new Set(graph.plan.units.filter((unit) => unit.ownerIds.includes(resident.id)).map((unit) => unit.id));
      expect(stripped.filter((node) => !residentUnits.has(node.unit.id))).toEqual([]);
      expect(totalCount).toBe(nodes.length);
      // In a stable order: by when they were recorded, then id.
      const order = (a: { id: string; recordedAt: string }, b: { id: string; recordedAt: string }) => a.recordedAt.localeCompare(b.recordedAt) || byId(a.id, b.id);
      expect(nodes).toEqual([...nodes].sort(order));
      const elsewhere = graph.plan.neighborhoods.find((candidate) => candidate.id !== neighborhood.id)!;
      const inElsewhere = await graph.graphql<Mine>(MINE, { token: token(Role.RESIDENT), variables: { n: elsewhere.id } });
      expect(inElsewhere.body.data!.myOwnersBallots.nodes.filter((node) => motionIds.includes((node as unknown as { motion: { id: string } }).motion.id))).toEqual([]);
      for (const caller of [token(Role.OWNERS_COMMITTEE), streetToken]) {
        expect((await graph.graphql(MINE, { token: caller, variables: {} })).body).toEqual({
          data: null,
          errors: [{ message: "Only a resident reads their own ballots here; offices read a motion's ballots on the motion.", path: ['myOwnersBallots'], extensions: { code: 'FORBIDDEN' } }],
        });
      }
      // The street's counts for a period that ended before the meeting still hold the assembly, not later ones.
      const counts = await graph.graphql(COUNTS, { token: streetToken, variables: { id: neighborhood.streetId, period: { from: startedAt, to: day(-1) } } });
      expect(counts.body).toMatchObject({ data: { street: { ownersEventCounts: { assembliesConvened: 1, motionsPut: 2 } } } });
    });
  });
});
