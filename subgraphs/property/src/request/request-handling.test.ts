import { Role } from '../../../platform/access/role.js';
import { startGraph, type GraphStack } from '../../../../test/harness/graph-stack.js';
import { demoScenario } from '../../../../infra/demo/demo-tokens.js';

let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

const token = (role: Role) => graph.tokens.get(role)!;
const error = (code: string, message: string, path: string[]) => ({ message, path, extensions: expect.objectContaining({ code }) });
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  graph.subgraphs.get('property')!.orm.em.getConnection().execute<T[]>(text, params);
const call = async (query: string, caller: string, input: Record<string, unknown>) => (await graph.graphql(query, { token: caller, variables: { input } })).body;
const mutation = (name: string, input = 'ReasonedRequestStepInput') =>
  `mutation($input: ${input}!) { ${name}(input: $input) { status version company { id } assignee { id kind } steps { action fromStatus toStatus actorRole note } } }`;

/** What a refusal must leave untouched: the request's row, its history and its events. */
async function stored(id: string) {
  const [row] = await sql(`select status, version, company_id, assignee_post_id from property.service_request where id = ?`, [id]);
  const [counts] = await sql(
    `select (select count(*) from property.service_request_step where request_id = ?) as steps, (select count(*) from property.event_outbox where record_id = ?) as events`,
    [id, id],
  );
  return { row, counts };
}

async function submit(): Promise<string> {
  const { neighborhood } = demoScenario(graph.plan);
  const body = await call(`mutation($input: SubmitServiceRequestInput!) { submitServiceRequest(input: $input) { id } }`, token(Role.RESIDENT), {
    neighborhoodId: neighborhood.id, category: 'NOISE', location: '5号楼', description: '夜间施工噪音',
  });
  return (body.data as { submitServiceRequest: { id: string } }).submitServiceRequest.id;
}

const SUBMIT_STEP = { action: 'SUBMIT', fromStatus: null, toStatus: 'SUBMITTED', actorRole: 'RESIDENT', note: null };

describe('the company declines, cancels and assigns; the resident withdraws', () => {
  it('declines a submitted request with its reason, refusing a stale version and other roles, storing nothing on refusal', async () => {
    const { company } = demoScenario(graph.plan);
    const id = await submit();
    const before = await stored(id);
    expect(await call(mutation('declineServiceRequest'), token(Role.RESIDENT), { id, expectedVersion: 1, reason: '不属于物业服务范围' })).toEqual({
      data: null,
      errors: [error('FORBIDDEN', 'Only the property company serving this neighborhood may decline this request.', ['declineServiceRequest'])],
    });
    expect(await call(mutation('declineServiceRequest'), token(Role.PROPERTY_COMPANY), { id, expectedVersion: 7, reason: '不属于物业服务范围' })).toEqual({
      data: null,
      errors: [error('CONFLICT', 'This request is at version 1, not 7: someone changed it since you read it. Reload and try again.', ['declineServiceRequest'])],
    });
    expect(await stored(id)).toEqual(before);
    expect(await call(mutation('declineServiceRequest'), token(Role.PROPERTY_COMPANY), { id, expectedVersion: 1, reason: '不属于物业服务范围' })).toEqual({
      data: {
        declineServiceRequest: {
          status: 'DECLINED', version: 2, company: { id: company.id }, assignee: null,
          steps: [SUBMIT_STEP, { action: 'DECLINE', fromStatus: 'SUBMITTED', toStatus: 'DECLINED', actorRole: 'PROPERTY_COMPANY', note: '不属于物业服务范围' }],
        },
      },
    });
    expect(await sql(`select type, detail from property.event_outbox where record_id = ? order by seq`, [id])).toEqual([
      { type: 'property.service_request.step', detail: 'SUBMIT' },
      { type: 'property.service_request.step', detail: 'DECLINE' },
      { type: 'property.service_request.ended', detail: 'DECLINE' },
    ]);
    // Declined is final: the resident cannot withdraw it.
    expect(await call(mutation('withdrawServiceRequest'), token(Role.RESIDENT), { id, expectedVersion: 2, reason: '不需要了' })).toEqual({
      data: null,
      errors: [error('CONFLICT', 'A DECLINED request cannot take the step WITHDRAW: it follows only SUBMITTED or ACCEPTED or IN_PROGRESS or REOPENED or TRANSFERRED.', ['withdrawServiceRequest'])],
    });
  });

  it('assigns an accepted request to a staff post of its contract, then cancels it', async () => {
    const { neighborhood, company } = demoScenario(graph.plan);
    const [post] = await sql<{ id: string; kind: string }>(
      `select p.id, p.kind from property.property_post p join property.service_request r on r.contract_id = p.contract_id
       where r.neighborhood_id = ? and p.ends_on is null order by p.starts_on limit 1`,
      [neighborhood.id],
    );
    const id = await submit();
    await call(`mutation($input: ServiceRequestStepInput!) { acceptServiceRequest(input: $input) { status } }`, token(Role.PROPERTY_COMPANY), { id, expectedVersion: 1 });
    const assign = mutation('assignServiceRequest', 'AssignServiceRequestInput');
    const before = await stored(id);
    // The community worker reads the request (it is in their community) but only the company assigns its staff.
    expect(await call(assign, token(Role.COMMUNITY), { id, expectedVersion: 2, postId: post.id })).toEqual({
      data: null,
      errors: [error('FORBIDDEN', 'Only the property company serving this neighborhood may assign this request.', ['assignServiceRequest'])],
    });
    expect(await call(assign, token(Role.PROPERTY_COMPANY), { id, expectedVersion: 2, postId: id })).toEqual({
      data: null,
      errors: [error('BAD_USER_INPUT', "No post on this request's contract has this id: assign it to your project staff for the neighborhood.", ['assignServiceRequest'])],
    });
    expect(await stored(id)).toEqual(before);
    const accepted = { action: 'ACCEPT', fromStatus: 'SUBMITTED', toStatus: 'ACCEPTED', actorRole: 'PROPERTY_COMPANY', note: null };
    const assigned = { action: 'ASSIGN', fromStatus: 'ACCEPTED', toStatus: 'ACCEPTED', actorRole: 'PROPERTY_COMPANY', note: '今天下午上门' };
    expect(await call(assign, token(Role.PROPERTY_COMPANY), { id, expectedVersion: 2, postId: post.id, note: '今天下午上门' })).toEqual({
      data: { assignServiceRequest: { status: 'ACCEPTED', version: 3, company: { id: company.id }, assignee: { id: post.id, kind: post.kind }, steps: [SUBMIT_STEP, accepted, assigned] } },
    });
    // The resident reads the request but not the company's staff records.
    expect((await graph.graphql(`query($id: ID!) { serviceRequest(id: $id) { status assignee { id } } }`, { token: token(Role.RESIDENT), variables: { id } })).body).toEqual({
      data: { serviceRequest: { status: 'ACCEPTED', assignee: null } },
    });
    expect(await call(mutation('cancelServiceRequest'), token(Role.PROPERTY_COMPANY), { id, expectedVersion: 3, reason: '与 SR 重复' })).toEqual({
      data: {
        cancelServiceRequest: {
          status: 'CANCELLED', version: 4, company: { id: company.id }, assignee: { id: post.id, kind: post.kind },
          steps: [SUBMIT_STEP, accepted, assigned, { action: 'CANCEL', fromStatus: 'ACCEPTED', toStatus: 'CANCELLED', actorRole: 'PROPERTY_COMPANY', note: '与 SR 重复' }],
        },
      },
    });
  });

  it('lets only the resident withdraw their own request before completion', async () => {
    const { company } = demoScenario(graph.plan);
    const id = await submit();
    const before = await stored(id);
    const input = { id, expectedVersion: 1, reason: '已自行解决' };
    expect(await call(mutation('withdrawServiceRequest'), token(Role.PROPERTY_COMPANY), input)).toEqual({
      data: null,
      errors: [error('FORBIDDEN', 'Only the resident who made this request may withdraw this request.', ['withdrawServiceRequest'])],
    });
    const otherResident = await graph.issuer.issue('other-resident', { role: Role.RESIDENT, person: graph.plan.persons.at(-1)!.id });
    expect(await call(mutation('withdrawServiceRequest'), otherResident, input)).toEqual({
      data: null,
      errors: [error('NOT_FOUND', `No ServiceRequest with id "${id}" is visible to you.`, ['withdrawServiceRequest'])],
    });
    expect(await stored(id)).toEqual(before);
    expect(await call(mutation('withdrawServiceRequest'), token(Role.RESIDENT), input)).toEqual({
      data: {
        withdrawServiceRequest: {
          status: 'WITHDRAWN', version: 2, company: { id: company.id }, assignee: null,
          steps: [SUBMIT_STEP, { action: 'WITHDRAW', fromStatus: 'SUBMITTED', toStatus: 'WITHDRAWN', actorRole: 'RESIDENT', note: '已自行解决' }],
        },
      },
    });
  });
});

describe('handing a request to the community (转交社区) and dispatching it (派单)', () => {
  it('moves SUBMITTED → TRANSFERRED → SUBMITTED at the serving company, refusing workers of other areas', async () => {
    const { neighborhood, company } = demoScenario(graph.plan);
    const home = graph.plan.neighborhoods.find((candidate) => candidate.id === neighborhood.id)!;
    const id = await submit();
    expect(await call(mutation('transferServiceRequest'), token(Role.PROPERTY_COMPANY), { id, expectedVersion: 1, reason: '属邻里纠纷，请社区调解' })).toMatchObject({
      data: { transferServiceRequest: { status: 'TRANSFERRED', version: 2 } },
    });
    const dispatch = mutation('dispatchServiceRequest', 'DispatchServiceRequestInput');
    const input = { id, expectedVersion: 2, neighborhoodId: neighborhood.id, reason: '经核实属物业服务范围' };
    const otherCommunity = graph.plan.communities.find((community) => community.id !== home.communityId && community.streetId !== home.streetId)!;
    const outsider = await graph.issuer.issue('other-community', { role: Role.COMMUNITY, grant: { communityIds: [otherCommunity.id] } });
    expect(await call(dispatch, outsider, input)).toEqual({
      data: null,
      errors: [error('NOT_FOUND', `No ServiceRequest with id "${id}" is visible to you.`, ['dispatchServiceRequest'])],
    });
    expect(await call(dispatch, token(Role.PROPERTY_COMPANY), input)).toEqual({
      data: null,
      errors: [error('FORBIDDEN', "Only a community worker of the request's community, or a street worker of its street, may dispatch this request.", ['dispatchServiceRequest'])],
    });
    const worker = await graph.issuer.issue('home-community', { role: Role.COMMUNITY, grant: { communityIds: [home.communityId] } });
    const before = await stored(id);
    expect(await call(dispatch, worker, { ...input, neighborhoodId: otherCommunity.id })).toEqual({
      data: null,
      errors: [error('BAD_USER_INPUT', 'No neighborhood of your area served by a property company today has this id: choose one your area holds a contract for.', ['dispatchServiceRequest'])],
    });
    expect(await stored(id)).toEqual(before);
    expect(await call(dispatch, worker, input)).toEqual({
      data: {
        dispatchServiceRequest: {
          status: 'SUBMITTED', version: 3, company: { id: company.id }, assignee: null,
          steps: [
            SUBMIT_STEP,
            { action: 'TRANSFER', fromStatus: 'SUBMITTED', toStatus: 'TRANSFERRED', actorRole: 'PROPERTY_COMPANY', note: '属邻里纠纷，请社区调解' },
            { action: 'DISPATCH', fromStatus: 'TRANSFERRED', toStatus: 'SUBMITTED', actorRole: 'COMMUNITY', note: '经核实属物业服务范围' },
          ],
        },
      },
    });
    expect(await sql(`select type, detail from property.event_outbox where record_id = ? order by seq`, [id])).toEqual([
      { type: 'property.service_request.step', detail: 'SUBMIT' },
      { type: 'property.service_request.step', detail: 'TRANSFER' },
      { type: 'property.service_request.transferred', detail: null },
      { type: 'property.service_request.step', detail: 'DISPATCH' },
    ]);
  });
});
