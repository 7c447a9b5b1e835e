import { Role } from '../../../platform/access/role.js';
import { demoScenario } from '../../../../infra/demo/demo-tokens.js';
import { startGraph, type GraphStack } from '../../../../test/harness/graph-stack.js';
import { planPartyData } from '../../seeders/party.seeder.js';
import { planServiceOrders } from '../../seeders/service-order.seeder.js';

let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

const FIELDS = 'id version status request dispatchedBy completionNote rating evaluationComment resident { id } building { id } branch { id } member { id }';
const op = (name: string, input: string) => `mutation($input: ${input}!) { ${name}(input: $input) { ${FIELDS} } }`;
const PLACE = op('placeServiceOrder', 'PlaceServiceOrderInput');
const DISPATCH = op('dispatchServiceOrder', 'DispatchServiceOrderInput');
const TAKE = op('takeServiceOrder', 'ServiceOrderStepInput');
const COMPLETE = op('completeServiceOrder', 'CompleteServiceOrderInput');
const EVALUATE = op('evaluateServiceOrder', 'EvaluateServiceOrderInput');
const WITHDRAW = op('withdrawServiceOrder', 'ServiceOrderStepInput');
const ZONE = 'mutation($input: AssignResponsibilityZoneInput!) { assignResponsibilityZone(input: $input) { id version name startedOn endedOn member { id } branch { id } buildings { id } } }';
const END_ZONE = 'mutation($input: EndResponsibilityZoneInput!) { endResponsibilityZone(input: $input) { id endedOn endedBy } }';
const STATS = 'query($id: ID!) { community(id: $id) { serviceOrderStatistics { ordered completed evaluated averageRating responsibilityZones } } }';

const refusal = (path: string, message: string, extensions: Record<string, unknown>) => ({ data: null, errors: [{ message, path: [path], extensions }] });
type Order = { id: string; version: number };

describe('群众点单 → 支部派单 → 党员接单 → 完成 → 评价', () => {
  it('runs its whole life for the resident, the branch and a member whose responsibility zone covers the building', async () => {
    const { branch, neighborhood, community, resident } = demoScenario(graph.plan);
    const residentToken = graph.tokens.get(Role.RESIDENT)!;
    const branchToken = graph.tokens.get(Role.PARTY_BRANCH)!;
    const building = graph.plan.buildings.find((candidate) => candidate.neighborhoodId === neighborhood.id)!;
    const party = planPartyData(graph.plan);
    // A member of the branch with no seeded zone (not its first member) who has not reported in (双报到).
    const member = party.members.filter((candidate) => candidate.organizationId === branch.id).slice(1)
      .find((candidate) => candidate.personId !== resident.id && !party.reportIns.some((row) => row.memberId === candidate.id))!;
    const memberToken = await graph.issuer.issue('member-volunteer', { role: Role.RESIDENT, person: member.personId });
    const certificate = (await graph.graphql<{ neighborhood: { placeCertificate: string } }>(`{ neighborhood(id: "${neighborhood.id}") { placeCertificate } }`, { token: residentToken })).body.data!.neighborhood.placeCertificate;
    const statsOf = async () => ((await graph.graphql(STATS, { token: graph.tokens.get(Role.COMMUNITY), variables: { id: community.id } })).body.data as { community: { serviceOrderStatistics: Record<string, unknown> } }).community.serviceOrderStatistics;
    const seeded = planServiceOrders(graph.plan, party.members);
    const seededOrders = seeded.orders.filter((row) => row.communityId === community.id).length;
    const seededZones = seeded.zones.filter((row) => row.communityId === community.id).length;
    expect(await statsOf()).toEqual({ ordered: seededOrders, completed: seededOrders, evaluated: seededOrders, averageRating: seededOrders ? '5.00' : null, responsibilityZones: seededZones });

    const placed = await graph.graphql(PLACE, { token: residentToken, variables: { input: { placeCertificate: certificate, buildingId: building.id, request: '帮忙更换楼道灯泡' } } });
    const order = (placed.body.data as { placeServiceOrder: Order }).placeServiceOrder;
    const base = { id: order.id, request: '帮忙更换楼道灯泡', resident: { id: resident.id }, building: { id: building.id }, branch: { id: branch.id } };
    expect(placed.body).toEqual({ data: { placeServiceOrder: { ...base, version: 1, status: 'ORDERED', dispatchedBy: null, completionNote: null, rating: null, evaluationComment: null, member: null } } });

    // The member has no zone and has not reported in here: the branch may not dispatch to them yet.
    expect((await graph.graphql(DISPATCH, { token: branchToken, variables: { input: { orderId: order.id, expectedVersion: 1, memberId: member.id } } })).body).toEqual(
      refusal('dispatchServiceOrder', "This member has neither reported in to the order's community (双报到) nor a responsibility zone covering its place.", { code: 'BAD_USER_INPUT', field: 'memberId' }),
    );
    const zone = await graph.graphql(ZONE, { token: branchToken, variables: { input: { memberId: member.id, name: '一号楼责任区', buildingIds: [building.id] } } });
    const zoneId = (zone.body.data as { assignResponsibilityZone: { id: string } }).assignResponsibilityZone.id;
    expect(zone.body).toEqual({
      data: { assignResponsibilityZone: { id: zoneId, version: 1, name: '一号楼责任区', startedOn: new Date().toISOString().slice(0, 10), endedOn: null, member: { id: member.id }, branch: { id: branch.id }, buildings: [{ id: building.id }] } },
    });
    // Only the branch dispatches; then only that member takes and completes; only the resident evaluates.
    expect((await graph.graphql(DISPATCH, { token: residentToken, variables: { input: { orderId: order.id, expectedVersion: 1, memberId: member.id } } })).body).toEqual(
      refusal('dispatchServiceOrder', "Your role (RESIDENT) may not dispatch orders here: the neighborhood's branch does, or the community, street or district office above it.", { code: 'FORBIDDEN' }),
    );
    const dispatched = await graph.graphql(DISPATCH, { token: branchToken, variables: { input: { orderId: order.id, expectedVersion: 1, memberId: member.id } } });
    const withMember = { ...base, member: { id: member.id }, dispatchedBy: 'demo-party-branch' };
    expect(dispatched.body).toEqual({ data: { dispatchServiceOrder: { ...withMember, version: 2, status: 'DISPATCHED', completionNote: null, rating: null, evaluationComment: null } } });
    expect((await graph.graphql(TAKE, { token: residentToken, variables: { input: { orderId: order.id, expectedVersion: 2 } } })).body).toEqual(
      refusal('takeServiceOrder', 'Only the member it was dispatched to may do this step.', { code: 'FORBIDDEN' }),
    );
    expect((await graph.graphql(COMPLETE, { token: memberToken, variables: { input: { orderId: order.id, expectedVersion: 2, note: '已更换' } } })).body).toEqual(
      refusal('completeServiceOrder', 'This order is DISPATCHED; it can be completed only when TAKEN (点单 → 派单 → 接单 → 完成 → 评价).', { code: 'CONFLICT', status: 'DISPATCHED' }),
    );
    const taken = await graph.graphql(TAKE, { token: memberToken, variables: { input: { orderId: order.id, expectedVersion: 2 } } });
    expect(taken.body).toEqual({ data: { takeServiceOrder: { ...withMember, version: 3, status: 'TAKEN', completionNote: null, rating: null, evaluationComment: null } } });
    const done = await graph.graphql(COMPLETE, { token: memberToken, variables: { input: { orderId: order.id, expectedVersion: 3, note: '已更换两只灯泡' } } });
    expect(done.body).toEqual({ data: { completeServiceOrder: { ...withMember, version: 4, status: 'COMPLETED', completionNote: '已更换两只灯泡', rating: null, evaluationComment: null } } });
    expect((await graph.graphql(EVALUATE, { token: memberToken, variables: { input: { orderId: order.id, expectedVersion: 4, rating: 5 } } })).body).toEqual(
      refusal('evaluateServiceOrder', 'Only the resident it is for may do this step.', { code: 'FORBIDDEN' }),
    );
    const evaluated = await graph.graphql(EVALUATE, { token: residentToken, variables: { input: { orderId: order.id, expectedVersion: 4, rating: 4, comment: '很及时' } } });
    expect(evaluated.body).toEqual({ data: { evaluateServiceOrder: { ...withMember, version: 5, status: 'EVALUATED', completionNote: '已更换两只灯泡', rating: 4, evaluationComment: '很及时' } } });

    // A second order, withdrawn by the resident, is kept but not counted.
    const second = ((await graph.graphql(PLACE, { token: residentToken, variables: { input: { placeCertificate: certificate, request: '代买药品' } } })).body.data as { placeServiceOrder: Order }).placeServiceOrder;
    expect(((await graph.graphql(WITHDRAW, { token: residentToken, variables: { input: { orderId: second.id, expectedVersion: 1 } } })).body.data as { withdrawServiceOrder: { status: string } }).withdrawServiceOrder.status).toBe('WITHDRAWN');
    // Others see nothing of an order.
    expect((await graph.graphql(`{ serviceOrder(id: "${order.id}") { id } }`, { token: graph.tokens.get(Role.PROPERTY_COMPANY) })).body).toEqual(
      refusal('serviceOrder', `No ServiceOrder with id "${order.id}" is visible to you.`, { code: 'NOT_FOUND', typeName: 'ServiceOrder', id: order.id }),
    );
    const average = ((seededOrders * 5 + 4) / (seededOrders + 1)).toFixed(2);
    expect(await statsOf()).toEqual({ ordered: seededOrders + 1, completed: seededOrders + 1, evaluated: seededOrders + 1, averageRating: average, responsibilityZones: seededZones + 1 });

    const ended = await graph.graphql(END_ZONE, { token: branchToken, variables: { input: { zoneId, expectedVersion: 1 } } });
    expect(ended.body).toEqual({ data: { endResponsibilityZone: { id: zoneId, endedOn: new Date().toISOString().slice(0, 10), endedBy: 'demo-party-branch' } } });
    expect((await statsOf()).responsibilityZones).toBe(seededZones);
  });
});
