/* eslint-disable max-lines -- a micro-wish's whole life (posting, claiming under concurrency, confirmation, volunteering and the time bank): one file per feature, each test self-contained on the suite's own copy of the demo district, so the feature's queries and helpers are written once */
import pg from 'pg';
import { issuePlaceCertificate } from '../../../platform/access/place-certificate.js';
import { testStatementKeys } from '../../../../test/harness/test-keys.js';
import { Role } from '../../../platform/access/role.js';
import { demoScenario } from '../../../../infra/demo/demo-tokens.js';
import { startGraph, type GraphStack } from '../../../../test/harness/graph-stack.js';
import { planCobuilding, type CobuildingDemo } from '../../seeders/cobuilding-plan.js';
import { sumHours } from '../volunteer/service-hours.js';

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
const pathOf = (neighborhoodId: string) => {
  const n = graph.plan.neighborhoods.find((candidate) => candidate.id === neighborhoodId)!;
  return { districtId: n.districtId, streetId: n.streetId, communityId: n.communityId, neighborhoodId: n.id };
};
/** A neighborhood as `CobuildingPlaceInput`: its certificate, as the registry issues it (tested in the registry). */
const placeOf = (neighborhoodId: string) => ({ certificate: issuePlaceCertificate(pathOf(neighborhoodId), testStatementKeys('registry')) });
/** The resident's neighborhood, where their wishes are posted. */
const home = () => placeOf(scenario.neighborhood.id);
const homePath = () => pathOf(scenario.neighborhood.id);
const unitToken = (unitId: string, communityId: string) =>
  graph.issuer.issue(`unit-${unitId}`, { role: Role.JOINT_UNIT, org: unitId, grant: { communityIds: [communityId] } });
const residentToken = (personId: string) => graph.issuer.issue(`person-${personId}`, { role: Role.RESIDENT, person: personId });
/** The unit paired with the resident's community in the plan. */
const homeUnit = () => graph.plan.jointUnits.find((unit) => unit.communityId === homePath().communityId)!;
/** Other people of the district, to act as volunteers. */
const volunteers = (count: number) => graph.plan.persons.filter((p) => p.id !== scenario.resident.id).slice(0, count);

const WISH = 'id title status resident { id } claimantPerson { id } claimantUnit { id } fulfilmentNote neighborhood { id }';
const POST = `mutation($input: PostMicroWishInput!) { postMicroWish(input: $input) { ${WISH} } }`;
const CLAIM = `mutation($id: ID!) { claimMicroWish(id: $id) { ${WISH} } }`;
const FULFIL = `mutation($id: ID!, $note: String!) { fulfilMicroWish(id: $id, note: $note) { ${WISH} } }`;
const CONFIRM = `mutation($id: ID!) { confirmMicroWish(id: $id) { ${WISH} } }`;
const CANCEL = `mutation($id: ID!) { cancelMicroWish(id: $id) { ${WISH} } }`;

const wish = (id: string, title: string, status: string, extra: Partial<Record<'claimantPerson' | 'claimantUnit', { id: string }> & { fulfilmentNote: string }> = {}) => ({
  id,
  title,
  status,
  resident: { id: scenario.resident.id },
  claimantPerson: null,
  claimantUnit: null,
  fulfilmentNote: null,
  neighborhood: { id: scenario.neighborhood.id },
  ...extra,
});
const refusal = (code: string, message: string, path: string) => ({ data: null, errors: [{ message, path: [path], extensions: { code } }] });
const conflictError = (message: string, path: string) => ({ data: null, errors: [{ message, path: [path], extensions: { code: 'CONFLICT', status: expect.any(String) } }] });

async function post(title: string): Promise<string> {
  const response = await graph.graphql<{ postMicroWish: { id: string } }>(POST, { token: token(Role.RESIDENT), variables: { input: { title, place: home() } } });
  expect(response.body.data?.postMicroWish).toEqual(wish(response.body.data!.postMicroWish.id, title, 'OPEN'));
  return response.body.data!.postMicroWish.id;
}

describe('posting micro-wishes', () => {
  it('lets a resident post their own wish, and no one else’s', async () => {
    await post('一副老花镜');
    const forOther = await graph.graphql(POST, { token: token(Role.RESIDENT), variables: { input: { title: 'x', place: home(), residentId: volunteers(1)[0].id } } });
    expect(forOther.body).toEqual(refusal('FORBIDDEN', 'A resident posts only their own wishes: leave residentId out.', 'postMicroWish'));
  });

  it('refuses a resident a place path the registry did not vouch for, storing nothing', async () => {
    const otherStreet = graph.plan.streets.find((street) => street.id !== homePath().streetId)!;
    const forged = { certificate: issuePlaceCertificate({ ...homePath(), streetId: otherStreet.id }, { ...testStatementKeys('cobuilding'), signer: 'registry' }) };
    const wrongStreet = await graph.graphql(POST, { token: token(Role.RESIDENT), variables: { input: { title: '不应保存', place: forged } } });
    expect(wrongStreet.body).toEqual({
      data: null,
      errors: [
        {
          message: 'placeCertificate is not one the registry issued, or it is older than a day: read it again from the place (e.g. neighborhood { placeCertificate }).',
          path: ['postMicroWish'],
          extensions: { code: 'BAD_USER_INPUT', field: 'placeCertificate' },
        },
      ],
    });
    const mine = await graph.graphql<{ microWishes: { nodes: { title: string }[] } }>('{ microWishes(first: 100) { nodes { title } } }', { token: token(Role.RESIDENT) });
    expect(mine.body.data!.microWishes.nodes.filter((w) => w.title === '不应保存')).toEqual([]);
  });

  it('lets a community worker post for a resident of its community, and not elsewhere or without naming them', async () => {
    const neighborhood = graph.plan.neighborhoods.find((n) => n.communityId === scenario.community.id)!;
    const person = graph.plan.persons.find((p) => p.residenceNeighborhoodId === neighborhood.id)!;
    const ok = await graph.graphql<{ postMicroWish: { status: string; resident: { id: string } } }>(POST, {
      token: token(Role.COMMUNITY),
      variables: { input: { title: '上门理发', place: placeOf(neighborhood.id), residentId: person.id } },
    });
    expect(ok.body.data?.postMicroWish).toMatchObject({ status: 'OPEN', resident: { id: person.id } });
    const nameless = await graph.graphql(POST, { token: token(Role.COMMUNITY), variables: { input: { title: 'x', place: placeOf(neighborhood.id) } } });
    expect(nameless.body).toEqual({
      data: null,
      errors: [{ message: 'residentId is required when posting on behalf of a resident.', path: ['postMicroWish'], extensions: { code: 'BAD_USER_INPUT', field: 'residentId' } }],
    });
    const elsewhere = graph.plan.neighborhoods.find((n) => n.communityId !== scenario.community.id)!;
    const refused = await graph.graphql(POST, { token: token(Role.COMMUNITY), variables: { input: { title: 'x', place: placeOf(elsewhere.id), residentId: person.id } } });
    expect(refused.body).toEqual(
      refusal('FORBIDDEN', 'Your role (COMMUNITY) may not post micro-wishes for residents here: only the community, street or district office of this area may.', 'postMicroWish'),
    );
    const byUnit = await graph.graphql(POST, { token: token(Role.JOINT_UNIT), variables: { input: { title: 'x', place: placeOf(neighborhood.id), residentId: person.id } } });
    expect(byUnit.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('shows a resident their own wishes only', async () => {
    await post('助行器');
    const response = await graph.graphql<{ microWishes: { nodes: { resident: { id: string } }[] } }>('{ microWishes(first: 100) { nodes { resident { id } } } }', {
      token: token(Role.RESIDENT),
    });
    const seeded = demo.wishes.filter((w) => w.residentId === scenario.resident.id).length;
    // This one, and those the file's other tests posted for the resident before it (they run in any order).
    const posted = await rowsNow('select id from cobuilding.micro_wish where resident_id = $1 and not (id = any($2::uuid[]))', [scenario.resident.id, demo.wishes.map((w) => w.id)]);
    expect(response.body.data!.microWishes.nodes).toEqual(Array.from({ length: seeded + posted.length }, () => ({ resident: { id: scenario.resident.id } })));
  });
});

describe('claiming under concurrency', () => {
  it.each([1, 2, 3])('lets exactly one of many concurrent claimants win (round %i); the rest get CONFLICT', async (round) => {
    const id = await post(`轮椅 ${round}`);
    const units = graph.plan.jointUnits.slice(0, 4);
    const claimants = [
      ...(await Promise.all(units.map(async (unit) => ({ kind: 'unit', id: unit.id, token: await unitToken(unit.id, homePath().communityId) })))),
      ...(await Promise.all(volunteers(3).map(async (person) => ({ kind: 'person', id: person.id, token: await residentToken(person.id) })))),
    ];
    const responses = await Promise.all(claimants.map((claimant) => graph.graphql<{ claimMicroWish: unknown }>(CLAIM, { token: claimant.token, variables: { id } })));
    const winners = responses.map((response, index) => ({ response, claimant: claimants[index] })).filter(({ response }) => response.body.data?.claimMicroWish);
    expect(winners).toHaveLength(1);
    const winner = winners[0].claimant;
    expect(winners[0].response.body).toEqual({
      data: {
        claimMicroWish: wish(id, `轮椅 ${round}`, 'CLAIMED', winner.kind === 'unit' ? { claimantUnit: { id: winner.id } } : { claimantPerson: { id: winner.id } }),
      },
    });
    for (const response of responses.filter((candidate) => !candidate.body.data?.claimMicroWish)) {
      expect(response.body).toEqual(conflictError('This micro-wish is CLAIMED; it can be claimed only when OPEN.', 'claimMicroWish'));
    }
    // The stored wish names the winner and no one else.
    const stored = await graph.graphql(`query($id: ID!) { microWish(id: $id) { ${WISH} } }`, { token: token(Role.RESIDENT), variables: { id } });
    expect(stored.body).toEqual(winners[0].response.body.data ? { data: { microWish: (winners[0].response.body.data as { claimMicroWish: unknown }).claimMicroWish } } : null);
  });
});

describe('a wish from claim to confirmation', () => {
  it('is fulfilled only by its claimant, confirmed only by its resident, in order', async () => {
    const id = await post('修理水龙头');
    const unit = homeUnit();
    const claimantToken = await unitToken(unit.id, homePath().communityId);
    const other = graph.plan.jointUnits.find((candidate) => candidate.id !== unit.id)!;
    const otherToken = await unitToken(other.id, homePath().communityId);

    expect((await graph.graphql(FULFIL, { token: claimantToken, variables: { id, note: '已修好' } })).body).toEqual(
      refusal('FORBIDDEN', 'Only the person or unit that claimed this wish may fulfil it.', 'fulfilMicroWish'),
    );
    expect((await graph.graphql(CLAIM, { token: token(Role.RESIDENT), variables: { id } })).body).toEqual(
      refusal('FORBIDDEN', 'You cannot claim your own wish.', 'claimMicroWish'),
    );
    expect((await graph.graphql(CLAIM, { token: token(Role.COMMUNITY), variables: { id } })).body).toEqual(
      refusal('FORBIDDEN', 'Only a joint-building unit (JOINT_UNIT) or a person (RESIDENT) may claim micro-wishes.', 'claimMicroWish'),
    );
    expect((await graph.graphql(CLAIM, { token: claimantToken, variables: { id } })).body).toEqual({
      data: { claimMicroWish: wish(id, '修理水龙头', 'CLAIMED', { claimantUnit: { id: unit.id } }) },
    });
    expect((await graph.graphql(CONFIRM, { token: token(Role.RESIDENT), variables: { id } })).body).toEqual(
      conflictError('This micro-wish is CLAIMED; it can be confirmed only when FULFILLED.', 'confirmMicroWish'),
    );
    expect((await graph.graphql(FULFIL, { token: otherToken, variables: { id, note: '冒领' } })).body).toEqual(
      refusal('FORBIDDEN', 'Only the person or unit that claimed this wish may fulfil it.', 'fulfilMicroWish'),
    );
    expect((await graph.graphql(FULFIL, { token: claimantToken, variables: { id, note: '已上门修好' } })).body).toEqual({
      data: { fulfilMicroWish: wish(id, '修理水龙头', 'FULFILLED', { claimantUnit: { id: unit.id }, fulfilmentNote: '已上门修好' }) },
    });
    expect((await graph.graphql(CONFIRM, { token: claimantToken, variables: { id } })).body).toEqual(
      refusal('FORBIDDEN', 'Only the resident whose wish it is may confirm it.', 'confirmMicroWish'),
    );
    const stranger = await residentToken(volunteers(1)[0].id);
    expect((await graph.graphql(CONFIRM, { token: stranger, variables: { id } })).body).toEqual(
      { data: null, errors: [{ message: `No MicroWish with id "${id}" is visible to you.`, path: ['confirmMicroWish'], extensions: { code: 'NOT_FOUND', typeName: 'MicroWish', id } }] },
    );
    expect((await graph.graphql(CONFIRM, { token: token(Role.RESIDENT), variables: { id } })).body).toEqual({
      data: { confirmMicroWish: wish(id, '修理水龙头', 'CONFIRMED', { claimantUnit: { id: unit.id }, fulfilmentNote: '已上门修好' }) },
    });
    expect((await graph.graphql(CANCEL, { token: token(Role.RESIDENT), variables: { id } })).body).toEqual(
      conflictError('This micro-wish is CONFIRMED; it can be cancelled only when OPEN or CLAIMED.', 'cancelMicroWish'),
    );
  });

  it('is cancelled by its resident, not by a unit, and cannot be claimed afterwards', async () => {
    const id = await post('冬季棉被');
    const unitTokenHome = await unitToken(homeUnit().id, homePath().communityId);
    expect((await graph.graphql(CANCEL, { token: unitTokenHome, variables: { id } })).body).toEqual(
      refusal('FORBIDDEN', 'Only the resident or the community, street or district office of the area may cancel this wish.', 'cancelMicroWish'),
    );
    expect((await graph.graphql(CANCEL, { token: token(Role.RESIDENT), variables: { id } })).body).toEqual({ data: { cancelMicroWish: wish(id, '冬季棉被', 'CANCELLED') } });
    expect((await graph.graphql(CLAIM, { token: unitTokenHome, variables: { id } })).body).toEqual(
      conflictError('This micro-wish is CANCELLED; it can be claimed only when OPEN.', 'claimMicroWish'),
    );
  });

  it('counts posted and fulfilled wishes in the statistics and lists them under the neighborhood', async () => {
    const response = await graph.graphql<{
      neighborhood: { microWishes: { status: string }[] };
      community: { cobuildingStatistics: { wishesPosted: number; wishesFulfilled: number } };
    }>(`query($n: ID!, $c: ID!) { neighborhood(id: $n) { microWishes { status } } community(id: $c) { cobuildingStatistics { wishesPosted wishesFulfilled } } }`, {
      token: token(Role.DISTRICT),
      variables: { n: scenario.neighborhood.id, c: homePath().communityId },
    });
    const seeded = demo.wishes.filter((w) => w.communityId === homePath().communityId);
    // The wishes the file's tests posted before this one, in the order posted: they run in any order, so which have
    // run is read from the database (all of them: open ones, three claimed in the concurrent rounds, one confirmed,
    // one cancelled, and the worker's, which may be in the same community).
    const posted = await rowsNow<{ status: string; neighborhoodId: string }>(
      'select status, neighborhood_id as "neighborhoodId" from cobuilding.micro_wish where community_id = $1 and not (id = any($2::uuid[])) order by created_at, id',
      [homePath().communityId, demo.wishes.map((w) => w.id)],
    );
    const all = [...seeded, ...posted];
    expect(response.body.data!.community.cobuildingStatistics).toEqual({
      wishesPosted: all.filter((w) => w.status !== 'CANCELLED').length,
      wishesFulfilled: all.filter((w) => w.status === 'FULFILLED' || w.status === 'CONFIRMED').length,
    });
    const seededHere = demo.wishes.filter((w) => w.neighborhoodId === scenario.neighborhood.id).map((w) => w.status);
    const postedHere = posted.filter((w) => w.neighborhoodId === scenario.neighborhood.id).map((w) => w.status);
    expect(response.body.data!.neighborhood.microWishes.map((w) => w.status)).toEqual([...seededHere, ...postedHere]);
  });
});

describe('volunteering and the time bank', () => {
  const RECORD = `mutation($input: RecordVolunteerActivityInput!) { recordVolunteerActivity(input: $input) { title team hours peopleServed unit { id } community { id } participants { id } } }`;

  it('lets a unit record its team’s activity where it is paired and credits each participant', async () => {
    const people = volunteers(2);
    const before = await graph.graphql<{ volunteerServiceHours: { hours: string; activities: number } }>(
      `query($id: ID!) { volunteerServiceHours(personId: $id) { person { id } hours activities } }`,
      { token: await residentToken(people[0].id), variables: { id: people[0].id } },
    );
    const seeded = demo.participations.filter((p) => p.personId === people[0].id).map((p) => demo.activities.find((a) => a.id === p.activityId)!.hours);
    expect(before.body).toEqual({ data: { volunteerServiceHours: { person: { id: people[0].id }, hours: sumHours(seeded), activities: seeded.length } } });

    const input = {
      title: '敬老院义务劳动',
      team: `${scenario.jointUnit.name}志愿服务队`,
      area: placeOf(graph.plan.neighborhoods.find((n) => n.communityId === scenario.community.id)!.id),
      place: '社区敬老院',
      heldOn: '2026-10-01',
      hours: '2.5',
      peopleServed: 30,
      participantIds: people.map((p) => p.id),
    };
    const ok = await graph.graphql(RECORD, { token: token(Role.JOINT_UNIT), variables: { input } });
    expect(ok.body).toEqual({
      data: {
        recordVolunteerActivity: {
          title: '敬老院义务劳动',
          team: input.team,
          hours: '2.5',
          peopleServed: 30,
          unit: { id: scenario.jointUnit.id },
          community: { id: scenario.community.id },
          participants: people.map((p) => ({ id: p.id })).sort((a, b) => (a.id < b.id ? -1 : 1)),
        },
      },
    });
    const after = await graph.graphql(`query($id: ID!) { volunteerServiceHours(personId: $id) { hours activities } }`, {
      token: await residentToken(people[0].id),
      variables: { id: people[0].id },
    });
    expect(after.body).toEqual({ data: { volunteerServiceHours: { hours: sumHours([...seeded, '2.5']), activities: seeded.length + 1 } } });
  });

  it('refuses activities outside the unit’s pairings, impossible hours and other roles', async () => {
    const elsewhere = graph.plan.neighborhoods.find((n) => n.communityId !== scenario.community.id)!;
    const input = { title: 'x', team: 'x', area: placeOf(elsewhere.id), place: 'x', heldOn: '2026-10-01', hours: '2.0', peopleServed: 1, participantIds: [volunteers(1)[0].id] };
    expect((await graph.graphql(RECORD, { token: token(Role.JOINT_UNIT), variables: { input } })).body).toEqual(
      refusal('FORBIDDEN', 'Your unit may record activities only in communities it is paired with.', 'recordVolunteerActivity'),
    );
    const here = placeOf(graph.plan.neighborhoods.find((n) => n.communityId === scenario.community.id)!.id);
    expect((await graph.graphql(RECORD, { token: token(Role.JOINT_UNIT), variables: { input: { ...input, area: here, hours: '25' } } })).body).toEqual({
      data: null,
      errors: [
        {
          message: 'hours must be more than 0 and at most 24, with at most one decimal place.',
          path: ['recordVolunteerActivity'],
          extensions: { code: 'BAD_USER_INPUT', field: 'hours' },
        },
      ],
    });
    expect((await graph.graphql(RECORD, { token: token(Role.RESIDENT), variables: { input: { ...input, area: here } } })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const listed = await graph.graphql<{ volunteerActivities: { nodes: { title: string }[] } }>('{ volunteerActivities(first: 100) { nodes { title } } }', {
      token: token(Role.DISTRICT),
    });
    expect(listed.body.data!.volunteerActivities.nodes.filter((a) => a.title === 'x')).toEqual([]);
  });
});
