/* eslint-disable max-lines -- property's write paths, one describe per record kind (requests, corrections, staff, contracts, database rules, evaluations, contracts not in force): one file per feature, each test self-contained on the suite's own copy of the demo district, so the feature's queries and helpers are written once */
import { Role } from '../../platform/access/role.js';
import { startGraph, type GraphStack } from '../../../test/harness/graph-stack.js';
import { demoScenario } from '../../../infra/demo/demo-tokens.js';
import { planPropertyDemo, type PropertyDemo } from '../seeders/property-demo-plan.js';
import { withCreditCodeCheck } from './company/credit-code.js';
import { EvaluationCriterion } from './evaluation/evaluation-kinds.js';
import { today } from './contract/contract-period.js';

let graph: GraphStack;
let demo: PropertyDemo;
beforeAll(async () => {
  graph = await startGraph();
  demo = planPropertyDemo(graph.plan);
});
afterAll(async () => {
  await graph?.stop();
});

const token = (role: Role) => graph.tokens.get(role)!;
const error = (code: string, message: string, path: string[]) => ({ message, path, extensions: expect.objectContaining({ code }) });

const SUBMIT = `mutation($input: SubmitServiceRequestInput!) { submitServiceRequest(input: $input) { id status company { id } } }`;
const step = (name: string, input = 'ServiceRequestStepInput') =>
  `mutation($input: ${input}!) { ${name}(input: $input) { status satisfaction reopenCount } }`;

describe('a request through its lifecycle', () => {
  it('moves submitted → accepted → in progress → resolved → evaluated → reopened → accepted, refusing skipped steps and wrong actors', async () => {
    const { neighborhood, company, resident } = demoScenario(graph.plan);
    const submitted = await graph.graphql<{ submitServiceRequest: { id: string } }>(SUBMIT, {
      token: token(Role.RESIDENT),
      variables: { input: { neighborhoodId: neighborhood.id, category: 'ELEVATOR', location: '2号楼1单元', description: '电梯停运' } },
    });
    const id = submitted.body.data!.submitServiceRequest.id;
    expect(submitted.body).toEqual({ data: { submitServiceRequest: { id, status: 'SUBMITTED', company: { id: company.id } } } });

    // Out of order: resolving a submitted request is refused, and nothing changes.
    expect((await graph.graphql(step('resolveServiceRequest'), { token: token(Role.PROPERTY_COMPANY), variables: { input: { id, note: '已修复' } } })).body).toEqual({
      data: null,
      errors: [error('CONFLICT', 'A SUBMITTED request cannot take the step RESOLVE: it follows only IN_PROGRESS.', ['resolveServiceRequest'])],
    });
    // The resident cannot accept; another company cannot see it.
    expect((await graph.graphql(step('acceptServiceRequest'), { token: token(Role.RESIDENT), variables: { input: { id } } })).body).toEqual({
      data: null,
      errors: [error('FORBIDDEN', 'Only the property company serving this neighborhood may accept this request.', ['acceptServiceRequest'])],
    });
    const otherCompany = await graph.issuer.issue('other-company', { role: Role.PROPERTY_COMPANY, org: graph.plan.propertyCompanies[1].id, grant: { neighborhoodIds: [neighborhood.id] } });
    expect((await graph.graphql(step('acceptServiceRequest'), { token: otherCompany, variables: { input: { id } } })).body).toEqual({
      data: null,
      errors: [error('NOT_FOUND', `No ServiceRequest with id "${id}" is visible to you.`, ['acceptServiceRequest'])],
    });

    const take = async (name: string, role: Role, input: Record<string, unknown>, type?: string) =>
      (await graph.graphql<Record<string, unknown>>(step(name, type), { token: token(role), variables: { input: { id, ...input } } })).body;
    expect(await take('acceptServiceRequest', Role.PROPERTY_COMPANY, {})).toEqual({ data: { acceptServiceRequest: { status: 'ACCEPTED', satisfaction: null, reopenCount: 0 } } });
    expect(await take('startServiceRequest', Role.PROPERTY_COMPANY, {})).toEqual({ data: { startServiceRequest: { status: 'IN_PROGRESS', satisfaction: null, reopenCount: 0 } } });
    expect(await take('resolveServiceRequest', Role.PROPERTY_COMPANY, {})).toEqual({
      data: null,
      errors: [error('BAD_USER_INPUT', 'note is required when resolving: tell the resident what was done.', ['resolveServiceRequest'])],
    });
    expect(await take('resolveServiceRequest', Role.PROPERTY_COMPANY, { note: '已更换电梯控制板' })).toEqual({
      data: { resolveServiceRequest: { status: 'RESOLVED', satisfaction: null, reopenCount: 0 } },
    });
    expect(await take('evaluateServiceRequest', Role.RESIDENT, { satisfaction: 6 }, 'EvaluateServiceRequestInput')).toEqual({
      data: null,
      errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })],
    });
    expect(await take('evaluateServiceRequest', Role.RESIDENT, { satisfaction: 2, comment: '仍有异响' }, 'EvaluateServiceRequestInput')).toEqual({
      data: { evaluateServiceRequest: { status: 'EVALUATED', satisfaction: 2, reopenCount: 0 } },
    });
    expect(await take('reopenServiceRequest', Role.RESIDENT, { reason: '电梯仍有异响' }, 'ReopenServiceRequestInput')).toEqual({
      data: { reopenServiceRequest: { status: 'REOPENED', satisfaction: null, reopenCount: 1 } },
    });
    expect(await take('acceptServiceRequest', Role.PROPERTY_COMPANY, {})).toEqual({ data: { acceptServiceRequest: { status: 'ACCEPTED', satisfaction: null, reopenCount: 1 } } });

    const history = await graph.graphql(`query($id: ID!) { serviceRequest(id: $id) { resident { id } steps { action fromStatus toStatus actorRole actorOrganizationId satisfaction actor { id } } } }`, {
      token: token(Role.RESIDENT),
      variables: { id },
    });
    const byCompany = { actorRole: 'PROPERTY_COMPANY', actorOrganizationId: company.id, satisfaction: null, actor: null };
    const byResident = { actorRole: 'RESIDENT', actorOrganizationId: null, actor: { id: resident.id } };
    expect(history.body).toEqual({
      data: {
        serviceRequest: {
          resident: { id: resident.id },
          steps: [
            { action: 'SUBMIT', fromStatus: null, toStatus: 'SUBMITTED', ...byResident, satisfaction: null },
            { action: 'ACCEPT', fromStatus: 'SUBMITTED', toStatus: 'ACCEPTED', ...byCompany },
            { action: 'START', fromStatus: 'ACCEPTED', toStatus: 'IN_PROGRESS', ...byCompany },
            { action: 'RESOLVE', fromStatus: 'IN_PROGRESS', toStatus: 'RESOLVED', ...byCompany },
            { action: 'EVALUATE', fromStatus: 'RESOLVED', toStatus: 'EVALUATED', ...byResident, satisfaction: 2 },
            { action: 'REOPEN', fromStatus: 'EVALUATED', toStatus: 'REOPENED', ...byResident, satisfaction: null },
            { action: 'ACCEPT', fromStatus: 'REOPENED', toStatus: 'ACCEPTED', ...byCompany },
          ],
        },
      },
    });
  });

  it('lets a community worker record a request for a resident of their community, and refuses other roles and places', async () => {
    const { community, communityWorker } = demoScenario(graph.plan);
    const served = graph.plan.propertyCompanies.flatMap((c) => c.neighborhoodIds);
    const neighborhood = graph.plan.neighborhoods.find((n) => n.communityId === community.id && served.includes(n.id))!;
    const resident = graph.plan.persons.find((p) => p.residenceNeighborhoodId === neighborhood.id)!;
    const input = { neighborhoodId: neighborhood.id, category: 'PARKING', location: '东门', description: '车辆堵塞消防通道', residentPersonId: resident.id };
    const recorded = await graph.graphql(`mutation($input: SubmitServiceRequestInput!) { submitServiceRequest(input: $input) { resident { id } recordedBy { id } } }`, {
      token: token(Role.COMMUNITY),
      variables: { input },
    });
    expect(recorded.body).toEqual({ data: { submitServiceRequest: { resident: { id: resident.id }, recordedBy: { id: communityWorker.id } } } });
    expect((await graph.graphql(SUBMIT, { token: token(Role.PROPERTY_COMPANY), variables: { input } })).body).toEqual({
      data: null,
      errors: [error('FORBIDDEN', 'Your role (PROPERTY_COMPANY) may not submit requests: residents submit their own, community workers on their behalf.', ['submitServiceRequest'])],
    });
    const elsewhere = graph.plan.propertyCompanies.flatMap((c) => c.neighborhoodIds).find((id) => graph.plan.neighborhoods.find((n) => n.id === id)!.communityId !== community.id)!;
    expect((await graph.graphql(SUBMIT, { token: token(Role.COMMUNITY), variables: { input: { ...input, neighborhoodId: elsewhere } } })).body).toEqual({
      data: null,
      errors: [error('NOT_FOUND', 'No neighborhood served by a property company today is visible to you with this id: check the neighborhood, or ask the community to handle it.', ['submitServiceRequest'])],
    });
  });
});

describe('correcting the neighborhood a resident stated', () => {
  it('lets a community worker move a submitted request to the right neighborhood and company, and no later', async () => {
    const { plan } = graph;
    const { community } = demoScenario(plan);
    const served = plan.propertyCompanies.flatMap((c) => c.neighborhoodIds);
    const [stated, right] = plan.neighborhoods.filter((n) => n.communityId === community.id && served.includes(n.id));
    expect(right).toBeDefined();
    const resident = plan.persons.find((p) => p.residenceNeighborhoodId === right.id)!;
    const residentToken = await graph.issuer.issue('resident-right', { role: Role.RESIDENT, person: resident.id });
    const submitted = await graph.graphql<{ submitServiceRequest: { id: string } }>(SUBMIT, {
      token: residentToken,
      variables: { input: { neighborhoodId: stated.id, category: 'NOISE', location: '5号楼', description: '夜间施工' } },
    });
    const id = submitted.body.data!.submitServiceRequest.id;
    const reassign = `mutation($input: ReassignServiceRequestInput!) { reassignServiceRequest(input: $input) { status neighborhood { id } company { id } steps { action note } } }`;
    const input = { id, neighborhoodId: right.id, reason: '住户实际居住在相邻小区' };
    expect((await graph.graphql(reassign, { token: residentToken, variables: { input } })).body).toEqual({
      data: null,
      errors: [error('FORBIDDEN', "Only a community worker of the request's community may correct its neighborhood.", ['reassignServiceRequest'])],
    });
    const rightCompany = plan.propertyCompanies.find((c) => c.neighborhoodIds.includes(right.id))!;
    expect((await graph.graphql(reassign, { token: token(Role.COMMUNITY), variables: { input } })).body).toEqual({
      data: {
        reassignServiceRequest: {
          status: 'SUBMITTED',
          neighborhood: { id: right.id },
          company: { id: rightCompany.id },
          steps: [{ action: 'SUBMIT', note: null }, { action: 'REASSIGN', note: '住户实际居住在相邻小区' }],
        },
      },
    });
  });
});

describe('project staff', () => {
  it('lets the company appoint staff on its own contract, one project manager at a time, shown on the person', async () => {
    const { neighborhood, communityWorker } = demoScenario(graph.plan);
    const contract = demo.contracts.find((c) => c.neighborhoodId === neighborhood.id && c.endedOn === null)!;
    const appoint = `mutation($input: AppointPropertyPostInput!) { appointPropertyPost(input: $input) { kind startsOn endsOn person { id } contract { id } } }`;
    const input = { contractId: contract.id, personId: communityWorker.id, kind: 'ADMINISTRATOR', startsOn: '2026-11-01' };
    expect((await graph.graphql(appoint, { token: token(Role.DISTRICT), variables: { input } })).body).toEqual({
      data: null,
      errors: [error('FORBIDDEN', 'Only a property company may appoint its project staff.', ['appointPropertyPost'])],
    });
    expect((await graph.graphql(appoint, { token: token(Role.PROPERTY_COMPANY), variables: { input } })).body).toEqual({
      data: { appointPropertyPost: { kind: 'ADMINISTRATOR', startsOn: '2026-11-01', endsOn: null, person: { id: communityWorker.id }, contract: { id: contract.id } } },
    });
    expect((await graph.graphql(appoint, { token: token(Role.PROPERTY_COMPANY), variables: { input: { ...input, kind: 'PROJECT_MANAGER' } } })).body).toEqual({
      data: null,
      errors: [error('CONFLICT', 'This project already has a project manager: end that term first.', ['appointPropertyPost'])],
    });
    const other = demo.contracts.find((c) => c.companyId !== contract.companyId && c.endedOn === null)!;
    expect((await graph.graphql(appoint, { token: token(Role.PROPERTY_COMPANY), variables: { input: { ...input, contractId: other.id } } })).body).toEqual({
      data: null,
      errors: [error('NOT_FOUND', `No ServiceContract with id "${other.id}" is visible to you.`, ['appointPropertyPost'])],
    });
  });
});

describe('contracts', () => {
  const CREATE = `mutation($input: CreateServiceContractInput!) { createServiceContract(input: $input) { id startsOn active company { id } } }`;

  it('refuses an overlapping contract, stores nothing, then ends the contract keeping its history and the company loses the neighborhood', async () => {
    const { plan } = graph;
    const company = plan.propertyCompanies[0];
    // An open-ended contract of the demo company, outside the neighborhood the other tests use.
    const contract = demo.contracts.find(
      (c) => c.companyId === company.id && c.endedOn === null && c.endsOn === null && c.neighborhoodId !== demoScenario(plan).neighborhood.id,
    )!;
    const neighborhood = plan.neighborhoods.find((n) => n.id === contract.neighborhoodId)!;
    const certificate = await graph.graphql<{ neighborhood: { placeCertificate: string } }>(`{ neighborhood(id: "${neighborhood.id}") { placeCertificate } }`, {
      token: token(Role.DISTRICT),
    });
    const input = {
      companyId: plan.propertyCompanies[1].id,
      placeCertificate: certificate.body.data!.neighborhood.placeCertificate,
      startsOn: '2099-01-01',
      feeStandard: '1.20',
    };
    expect((await graph.graphql(CREATE, { token: token(Role.DISTRICT), variables: { input } })).body).toEqual({
      data: null,
      errors: [error('CONFLICT', 'This neighborhood already has a contract for part of that period: end it first (物业离场) or choose a later start.', ['createServiceContract'])],
    });
    const listed = `query($n: ID!) { serviceContracts(filter: { neighborhoodId: $n }) { nodes { id endedOn endReason } } }`;
    const before = demo.contracts.filter((c) => c.neighborhoodId === neighborhood.id).length;
    expect(((await graph.graphql<{ serviceContracts: { nodes: unknown[] } }>(listed, { token: token(Role.DISTRICT), variables: { n: neighborhood.id } })).body.data!.serviceContracts.nodes)).toHaveLength(before);

    // A company or another street may not end it.
    const end = `mutation($input: EndServiceContractInput!) { endServiceContract(input: $input) { id endedOn endReason active } }`;
    // Ending today: the period is [start, end), so the contract is no longer in force today.
    const endedOn = today();
    const endInput = { id: contract.id, endedOn, reason: '业主大会决议解聘' };
    expect((await graph.graphql(end, { token: token(Role.PROPERTY_COMPANY), variables: { input: endInput } })).body).toEqual({
      data: null,
      errors: [error('FORBIDDEN', 'Your role (PROPERTY_COMPANY) may not end service contracts: only DISTRICT, STREET, COMMUNITY of the area may.', ['endServiceContract'])],
    });
    expect((await graph.graphql(end, { token: token(Role.DISTRICT), variables: { input: endInput } })).body).toEqual({
      data: { endServiceContract: { id: contract.id, endedOn, endReason: '业主大会决议解聘', active: false } },
    });
    // The company no longer reaches the neighborhood, on any path.
    expect((await graph.graphql(`query($id: ID!) { serviceContract(id: $id) { id } }`, { token: token(Role.PROPERTY_COMPANY), variables: { id: contract.id } })).body).toEqual({
      data: null,
      errors: [error('NOT_FOUND', `No ServiceContract with id "${contract.id}" is visible to you.`, ['serviceContract'])],
    });
    expect((await graph.graphql<{ serviceRequests: { totalCount: number } }>(`query($n: ID!) { serviceRequests(filter: { neighborhoodId: $n }) { totalCount } }`, { token: token(Role.PROPERTY_COMPANY), variables: { n: neighborhood.id } })).body.data!.serviceRequests.totalCount).toBe(0);
    // The new company can now start; the history stays.
    const created = await graph.graphql<{ createServiceContract: { id: string } }>(CREATE, { token: token(Role.DISTRICT), variables: { input } });
    expect(created.body).toEqual({ data: { createServiceContract: { id: expect.any(String), startsOn: '2099-01-01', active: false, company: { id: input.companyId } } } });
    const history = (await graph.graphql<{ serviceContracts: { nodes: { id: string; endedOn: string | null }[] } }>(listed, { token: token(Role.DISTRICT), variables: { n: neighborhood.id } })).body.data!.serviceContracts.nodes;
    expect(history).toHaveLength(before + 1);
    expect(history).toContainEqual({ id: contract.id, endedOn, endReason: '业主大会决议解聘' });
  });

  it("refuses a contract for a place the caller cannot vouch for: another street's neighborhood, or an altered certificate", async () => {
    const { plan } = graph;
    const { street } = demoScenario(plan);
    const elsewhere = plan.neighborhoods.find((n) => n.streetId !== street.id)!;
    // The street office cannot even read the certificate of a neighborhood outside its street…
    const foreign = await graph.graphql(`{ neighborhood(id: "${elsewhere.id}") { placeCertificate } }`, { token: token(Role.STREET) });
    expect(foreign.body.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    // …and one read by the district, then presented by the street office, names a place outside its area.
    const byDistrict = await graph.graphql<{ neighborhood: { placeCertificate: string } }>(`{ neighborhood(id: "${elsewhere.id}") { placeCertificate } }`, {
      token: token(Role.DISTRICT),
    });
    const certificate = byDistrict.body.data!.neighborhood.placeCertificate;
    const input = { companyId: plan.propertyCompanies[1].id, placeCertificate: certificate, startsOn: '2098-01-01', feeStandard: '1.20' };
    const byStreet = await graph.graphql(CREATE, { token: token(Role.STREET), variables: { input } });
    expect(byStreet.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    // A certificate whose path was edited to point into the street office's area is refused outright.
    const [header, payload, signature] = certificate.split('.');
    const forged = Buffer.from(Buffer.from(payload, 'base64url').toString().replace(elsewhere.streetId, street.id)).toString('base64url');
    const byForger = await graph.graphql(CREATE, { token: token(Role.STREET), variables: { input: { ...input, placeCertificate: `${header}.${forged}.${signature}` } } });
    expect(byForger.body).toEqual({
      data: null,
      errors: [
        error(
          'BAD_USER_INPUT',
          'placeCertificate is not one the registry issued, or it is older than a day: read it again from the place (e.g. neighborhood { placeCertificate }).',
          ['createServiceContract'],
        ),
      ],
    });
    const listed = await graph.graphql<{ serviceContracts: { totalCount: number } }>(`{ serviceContracts(filter: { neighborhoodId: "${elsewhere.id}" }) { totalCount } }`, {
      token: token(Role.DISTRICT),
    });
    expect(listed.body.data!.serviceContracts.totalCount).toBe(demo.contracts.filter((c) => c.neighborhoodId === elsewhere.id).length);
  });

  it('registers companies only with a valid credit code, for the district only', async () => {
    const create = `mutation($input: CreatePropertyCompanyInput!) { createPropertyCompany(input: $input) { name creditCode status partyOrganization { id } } }`;
    const code = withCreditCodeCheck('91370832MA3C4D5E6');
    const bad = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
    const refused = await graph.graphql(create, { token: token(Role.DISTRICT), variables: { input: { name: '新物业', creditCode: bad } } });
    expect(refused.body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
    expect(JSON.stringify(refused.body)).toContain('统一社会信用代码');
    expect((await graph.graphql(create, { token: token(Role.STREET), variables: { input: { name: '新物业', creditCode: code } } })).body).toEqual({
      data: null,
      errors: [error('FORBIDDEN', 'Only the DISTRICT role may register property companies.', ['createPropertyCompany'])],
    });
    expect((await graph.graphql(create, { token: token(Role.DISTRICT), variables: { input: { name: '新物业', creditCode: code } } })).body).toEqual({
      data: { createPropertyCompany: { name: '新物业', creditCode: code, status: 'ACTIVE', partyOrganization: null } },
    });
    expect((await graph.graphql(create, { token: token(Role.DISTRICT), variables: { input: { name: '重复', creditCode: code } } })).body).toEqual({
      data: null,
      errors: [error('CONFLICT', 'A company with this unified social credit code is already registered.', ['createPropertyCompany'])],
    });
  });
});

describe('rules the database enforces by itself', () => {
  const sql = (text: string, params: unknown[] = []) => graph.subgraphs.get('property')!.orm.em.getConnection().execute(text, params);

  it('refuses an overlapping contract written past the code, and any change to request history', async () => {
    const contract = demo.contracts.find((c) => c.endedOn === null && c.endsOn === null)!;
    await expect(
      sql(
        `insert into property.service_contract (id, created_at, updated_at, company_id, neighborhood_id, community_id, street_id, district_id, starts_on, fee_standard)
         values (gen_random_uuid(), now(), now(), ?, ?, ?, ?, ?, '2099-01-01', 1.00)`,
        [contract.companyId, contract.neighborhoodId, contract.communityId, contract.streetId, contract.districtId],
      ),
    ).rejects.toThrow(/service_contract_no_overlap/);
    // The service's own role may only read and append request history (its triggers stand behind that).
    await expect(sql(`update property.service_request_step set note = 'changed'`)).rejects.toThrow('permission denied for table service_request_step');
    await expect(sql(`delete from property.service_request_step`)).rejects.toThrow('permission denied for table service_request_step');
    await expect(sql(`truncate property.service_request_step`)).rejects.toThrow('permission denied for table service_request_step');
    await expect(sql(`update property.fee_collection set collected = billed + 1`)).rejects.toThrow(/fee_collection_amounts_check/);
    await expect(sql(`update property.service_request set satisfaction = 6 where status = 'EVALUATED'`)).rejects.toThrow(/service_request_satisfaction_check/);
  });
});

describe('evaluations and fees', () => {
  it('lets the branch evaluate once per quarter against every criterion, and the company record its fees', async () => {
    const { neighborhood } = demoScenario(graph.plan);
    const contract = demo.contracts.find((c) => c.neighborhoodId === neighborhood.id && c.endedOn === null)!;
    const record = `mutation($input: RecordServiceEvaluationInput!) { recordServiceEvaluation(input: $input) { evaluator year quarter totalScore scores { criterion score } } }`;
    const scores = Object.values(EvaluationCriterion).map((criterion, index) => ({ criterion, score: 80 + index }));
    const input = { contractId: contract.id, year: 2026, quarter: 3, scores };
    expect((await graph.graphql(record, { token: token(Role.PROPERTY_COMPANY), variables: { input } })).body).toEqual({
      data: null,
      errors: [error('FORBIDDEN', "Only the party branch or the owners' committee of the neighborhood may evaluate its property company.", ['recordServiceEvaluation'])],
    });
    expect((await graph.graphql(record, { token: token(Role.PARTY_BRANCH), variables: { input: { ...input, scores: scores.slice(1) } } })).body).toEqual({
      data: null,
      errors: [error('BAD_USER_INPUT', 'Score every criterion: SERVICE_ATTITUDE missing.', ['recordServiceEvaluation'])],
    });
    expect((await graph.graphql(record, { token: token(Role.PARTY_BRANCH), variables: { input } })).body).toEqual({
      data: { recordServiceEvaluation: { evaluator: 'PARTY_BRANCH', year: 2026, quarter: 3, totalScore: '83.00', scores } },
    });
    expect((await graph.graphql(record, { token: token(Role.PARTY_BRANCH), variables: { input } })).body).toEqual({
      data: null,
      errors: [error('CONFLICT', 'The branch already evaluated this contract for 2026 Q3.', ['recordServiceEvaluation'])],
    });

    const fee = `mutation($input: RecordFeeCollectionInput!) { recordFeeCollection(input: $input) { year billed collected collectionRate } }`;
    expect((await graph.graphql(fee, { token: token(Role.PROPERTY_COMPANY), variables: { input: { contractId: contract.id, year: 2026, billed: '1000.00', collected: '1000.01' } } })).body).toEqual({
      data: null,
      errors: [error('BAD_USER_INPUT', 'collected cannot exceed billed.', ['recordFeeCollection'])],
    });
    expect((await graph.graphql(fee, { token: token(Role.PROPERTY_COMPANY), variables: { input: { contractId: contract.id, year: 2026, billed: '300000.00', collected: '271500.50' } } })).body).toEqual({
      data: { recordFeeCollection: { year: 2026, billed: '300000.00', collected: '271500.50', collectionRate: '0.9050' } },
    });
  });
});

describe('acting on contracts that are not in force', () => {
  it("refuses a company's staff and fees on its ended contract once it serves the neighborhood under a new one", async () => {
    const { plan } = graph;
    const company = plan.propertyCompanies[0];
    const scenario = demoScenario(plan);
    // One of the company's fixed-term contracts in force (the contracts test above ends an open-ended one).
    const old = demo.contracts.find((c) => c.companyId === company.id && c.endedOn === null && c.endsOn !== null && c.neighborhoodId !== scenario.neighborhood.id)!;
    const district = token(Role.DISTRICT);
    const endedOn = today();
    const ended = await graph.graphql(`mutation($input: EndServiceContractInput!) { endServiceContract(input: $input) { active } }`, {
      token: district,
      variables: { input: { id: old.id, endedOn, reason: '续签新合同' } },
    });
    expect(ended.body).toEqual({ data: { endServiceContract: { active: false } } });
    const certificate = await graph.graphql<{ neighborhood: { placeCertificate: string } }>(`{ neighborhood(id: "${old.neighborhoodId}") { placeCertificate } }`, { token: district });
    const renewed = await graph.graphql(`mutation($input: CreateServiceContractInput!) { createServiceContract(input: $input) { active } }`, {
      token: district,
      variables: { input: { companyId: company.id, placeCertificate: certificate.body.data!.neighborhood.placeCertificate, startsOn: endedOn, feeStandard: '1.50' } },
    });
    expect(renewed.body).toEqual({ data: { createServiceContract: { active: true } } });

    const refusal = (path: string) => ({
      data: null,
      errors: [{ message: "This contract is not in force today: act on the neighborhood's current contract.", path: [path], extensions: { code: 'CONFLICT', field: 'contractId' } }],
    });
    const appoint = await graph.graphql(`mutation($input: AppointPropertyPostInput!) { appointPropertyPost(input: $input) { id } }`, {
      token: token(Role.PROPERTY_COMPANY),
      variables: { input: { contractId: old.id, personId: plan.persons[0].id, kind: 'ADMINISTRATOR', startsOn: endedOn } },
    });
    expect(appoint.body).toEqual(refusal('appointPropertyPost'));
    const fees = await graph.graphql(`mutation($input: RecordFeeCollectionInput!) { recordFeeCollection(input: $input) { id } }`, {
      token: token(Role.PROPERTY_COMPANY),
      variables: { input: { contractId: old.id, year: 2025, billed: '1000.00', collected: '900.00' } },
    });
    expect(fees.body).toEqual(refusal('recordFeeCollection'));
  });

  it('refuses to evaluate a quarter that has not begun', async () => {
    const active = demo.contracts.find((c) => c.endedOn === null && c.neighborhoodId === demoScenario(graph.plan).neighborhood.id)!;
    const scores = Object.values(EvaluationCriterion).map((criterion) => ({ criterion, score: 90 }));
    const response = await graph.graphql(`mutation($input: RecordServiceEvaluationInput!) { recordServiceEvaluation(input: $input) { id } }`, {
      token: token(Role.PARTY_BRANCH),
      variables: { input: { contractId: active.id, year: 2099, quarter: 1, scores } },
    });
    expect(response.body).toEqual({
      data: null,
      errors: [{ message: '2099 Q1 has not started yet: evaluate a quarter that has begun.', path: ['recordServiceEvaluation'], extensions: { code: 'BAD_USER_INPUT', field: 'quarter' } }],
    });
  });
});
