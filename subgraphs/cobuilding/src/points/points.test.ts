import { Role } from '../../../platform/access/role.js';
import { demoScenario } from '../../../../infra/demo/demo-tokens.js';
import { startGraph, type GraphStack } from '../../../../test/harness/graph-stack.js';

let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

const RECORD = 'mutation($input: RecordVolunteerActivityInput!) { recordVolunteerActivity(input: $input) { id } }';
const LEDGER = 'query($id: ID!) { pointsLedger(personId: $id) { personId balance entries { kind points activityId itemId quantity recordedBy } } }';
const ITEM = 'mutation($input: CreatePointsItemInput!) { createPointsItem(input: $input) { id version name points stock withdrawnAt } }';
const REDEEM = 'mutation($input: RedeemPointsInput!) { redeemPoints(input: $input) { kind points itemId quantity recordedBy } }';
const WITHDRAW = 'mutation($input: UpdatePointsItemInput!) { withdrawPointsItem(input: $input) { stock withdrawnAt } }';
const RULE = 'mutation($input: SetPointsRuleInput!) { setPointsRule(input: $input) { districtId pointsPerHour setBy } }';
const STATS = 'query($id: ID!) { community(id: $id) { pointsStatistics { pointsEarned pointsRedeemed redemptions itemsOnShelf } } }';

const refusal = (path: string, message: string, extensions: Record<string, unknown>) => ({ data: null, errors: [{ message, path: [path], extensions }] });

describe('奉献积分 / 时间银行 / 积分超市', () => {
  it('earns points for recorded service by the district rule, spends them at the supermarket, and never changes an entry', async () => {
    const { community, resident } = demoScenario(graph.plan);
    const communityToken = graph.tokens.get(Role.COMMUNITY)!;
    const residentToken = graph.tokens.get(Role.RESIDENT)!;
    const certificate = (await graph.graphql<{ community: { placeCertificate: string } }>(`{ community(id: "${community.id}") { placeCertificate } }`, { token: communityToken })).body.data!.community.placeCertificate;
    const stats = async () => ((await graph.graphql(STATS, { token: communityToken, variables: { id: community.id } })).body.data as { community: { pointsStatistics: Record<string, number> } }).community.pointsStatistics;
    const before = await stats();

    expect((await graph.graphql(RULE, { token: communityToken, variables: { input: { districtId: graph.plan.district.id, pointsPerHour: 20 } } })).body).toEqual(
      refusal('setPointsRule', 'Your role (COMMUNITY) may not set the points rule here: the DISTRICT office of this district does.', { code: 'FORBIDDEN' }),
    );
    expect((await graph.graphql(RULE, { token: graph.tokens.get(Role.DISTRICT), variables: { input: { districtId: graph.plan.district.id, pointsPerHour: 20 } } })).body).toEqual({
      data: { setPointsRule: { districtId: graph.plan.district.id, pointsPerHour: 20, setBy: 'demo-district' } },
    });
    const activity = await graph.graphql(RECORD, {
      token: communityToken,
      variables: { input: { title: '社区环境整治', team: '社区志愿服务队', area: { certificate }, place: '社区广场', heldOn: '2026-11-01', hours: '2.5', peopleServed: 20, participantIds: [resident.id] } },
    });
    const activityId = (activity.body.data as { recordVolunteerActivity: { id: string } }).recordVolunteerActivity.id;
    const earned = { kind: 'EARNED_FOR_SERVICE', points: 50, activityId, itemId: null, quantity: null, recordedBy: 'demo-community' };
    expect((await graph.graphql(LEDGER, { token: residentToken, variables: { id: resident.id } })).body).toEqual({ data: { pointsLedger: { personId: resident.id, balance: 50, entries: [earned] } } });

    const item = await graph.graphql(ITEM, { token: communityToken, variables: { input: { place: { certificate }, name: '洗衣液', points: 20, stock: 2 } } });
    const itemId = (item.body.data as { createPointsItem: { id: string } }).createPointsItem.id;
    expect(item.body).toEqual({ data: { createPointsItem: { id: itemId, version: 1, name: '洗衣液', points: 20, stock: 2, withdrawnAt: null } } });
    expect((await graph.graphql(ITEM, { token: residentToken, variables: { input: { place: { certificate }, name: '毛巾', points: 5, stock: 1 } } })).body).toEqual(
      refusal('createPointsItem', "Your role (RESIDENT) may not stock the points supermarket here: the community, street or district office of this supermarket's area does.", { code: 'FORBIDDEN' }),
    );

    // The balance (50) pays for two (40) but not three (60); the stock (2) then runs out.
    expect((await graph.graphql(REDEEM, { token: residentToken, variables: { input: { itemId, quantity: 3 } } })).body).toEqual(
      refusal('redeemPoints', 'The balance is 50 points; this needs 60.', { code: 'BAD_USER_INPUT', field: 'quantity' }),
    );
    const redeemed = await graph.graphql(REDEEM, { token: residentToken, variables: { input: { itemId, quantity: 2 } } });
    const spent = { kind: 'REDEEMED', points: -40, itemId, quantity: 2, recordedBy: 'demo-resident' };
    expect(redeemed.body).toEqual({ data: { redeemPoints: spent } });
    await graph.graphql(RECORD, {
      token: communityToken,
      variables: { input: { title: '助老送餐', team: '社区志愿服务队', area: { certificate }, place: '社区食堂', heldOn: '2026-11-02', hours: '1', peopleServed: 5, participantIds: [resident.id] } },
    });
    expect((await graph.graphql(REDEEM, { token: communityToken, variables: { input: { itemId, personId: resident.id, quantity: 1 } } })).body).toEqual(
      refusal('redeemPoints', 'This item is off the shelf or has too little stock left.', { code: 'CONFLICT' }),
    );
    const ledger = (await graph.graphql(LEDGER, { token: residentToken, variables: { id: resident.id } })).body.data as { pointsLedger: { balance: number; entries: unknown[] } };
    expect(ledger.pointsLedger.balance).toBe(30);
    expect(ledger.pointsLedger.entries).toHaveLength(3);
    // Another resident sees none of it.
    const stranger = await graph.issuer.issue('stranger', { role: Role.RESIDENT, person: graph.plan.persons.find((person) => person.id !== resident.id)!.id });
    expect((await graph.graphql(LEDGER, { token: stranger, variables: { id: resident.id } })).body).toEqual({ data: { pointsLedger: { personId: resident.id, balance: 0, entries: [] } } });

    expect(((await graph.graphql(WITHDRAW, { token: communityToken, variables: { input: { itemId, expectedVersion: 2 } } })).body.data as { withdrawPointsItem: { stock: number } }).withdrawPointsItem.stock).toBe(0);
    expect(await stats()).toEqual({ pointsEarned: before.pointsEarned + 70, pointsRedeemed: before.pointsRedeemed + 40, redemptions: before.redemptions + 1, itemsOnShelf: before.itemsOnShelf });

    // The database itself refuses to change or remove a ledger entry: the service's role may only read and insert
    // (the triggers behind it stop even the owner).
    const connection = graph.subgraphs.get('cobuilding')!.orm.em.getConnection();
    for (const sql of [`update cobuilding.points_entry set points = 1000 where person_id = '${resident.id}'`, `delete from cobuilding.points_entry`, `truncate cobuilding.points_entry cascade`]) {
      await expect(connection.execute(sql)).rejects.toThrow(/permission denied|ledger entries are immutable/);
    }
  });
});
