/* eslint-disable max-lines -- 三方联动 across the subgraphs: the 三议一服务 scenario (150 lines of steps that build on each other), then the cross-appointment and recusal cases it sets up; each test self-contained on the suite's own copy of the demo district */
import { Role } from '../subgraphs/platform/access/role.js';
import { demoScenario } from '../infra/demo/demo-tokens.js';
import { startGraph, type GraphResponse, type GraphStack } from './harness/graph-stack.js';
import { recordElectorate } from './harness/owners-electorate.js';
import { step } from './harness/scenario.js';

/**
 * 三议一服务 through the gateway, one step per organisation, each with its own demo token: the branch proposes (提议),
 * a joint meeting deliberates (商议), the owners' assembly resolves (决议), the property company serves (服务) and the
 * resident evaluates (评价). The matter's stage is derived at every step from facts the four subgraphs contribute;
 * every step is also tried with a token of the wrong organisation and refused.
 */

let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(() => graph?.stop());

const token = (role: Role) => graph.tokens.get(role)!;
const errorCode = (response: GraphResponse) => response.body.errors?.[0]?.extensions?.code;
/** A wrong organisation is refused: FORBIDDEN, or NOT_FOUND where the record is not even visible to it. */
const REFUSED = /^(FORBIDDEN|NOT_FOUND)$/;
const DAY = 24 * 3600 * 1000;

async function ok<T>(query: string, role: Role | string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await graph.graphql<T>(query, { token: typeof role === 'string' && !(role in Role) ? role : token(role as Role), variables });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!;
}

const MATTER = `query($id: ID!) { governanceMatter(id: $id) { id stage nextStep linkCertificate
  deliberations { outcome meeting { id } } resolution { id } serviceRequests { id status } } }`;

type Matter = { stage: string; nextStep: string | null; linkCertificate: string | null; deliberations: { outcome: string; meeting: { id: string } | null }[]; resolution: { id: string } | null; serviceRequests: { id: string; status: string }[] };
const matterAs = async (role: Role | string, id: string) => (await ok<{ governanceMatter: Matter }>(MATTER, role, { id })).governanceMatter;

describe('三议一服务: a governance matter from proposal to evaluation', () => {
  it('is proposed, deliberated, resolved, served and evaluated, each step refused to the wrong organisation, and shown to a resident of its neighborhood', async () => {
    let matterId = '';
    let meetingId = '';
    let requestId = '';
    let otherCompanyToken = '';
    let otherResidentToken = '';

    await step('another company and another resident', async () => {
      const { plan } = graph;
      const { neighborhood, resident } = demoScenario(plan);
      const otherCompany = plan.propertyCompanies.find((company) => !company.neighborhoodIds.includes(neighborhood.id))!;
      otherCompanyToken = await graph.issuer.issue('other-company', { role: Role.PROPERTY_COMPANY, org: otherCompany.id, grant: { neighborhoodIds: otherCompany.neighborhoodIds } }, { expiresIn: '1h' });
      const otherOwner = plan.units.find((unit) => unit.neighborhoodId === neighborhood.id && unit.ownerIds.length > 0 && !unit.ownerIds.includes(resident.id))!.ownerIds[0];
      otherResidentToken = await graph.issuer.issue('other-resident', { role: Role.RESIDENT, person: otherOwner }, { expiresIn: '1h' });
    });

    await step('提议: the branch proposes; a property company may not', async () => {
      const { neighborhood } = demoScenario(graph.plan);
      const PROPOSE = `mutation($input: ProposeGovernanceMatterInput!) { proposeGovernanceMatter(input: $input) { id stage nextStep linkCertificate } }`;
      const input = { neighborhoodId: neighborhood.id, title: '2号楼电梯更新（使用维修资金）', description: '电梯运行超过15年，多次困人，拟使用维修资金更新。', category: 'MAINTENANCE_FUND_USE', needsOwnersDecision: true };
      expect(errorCode(await graph.graphql(PROPOSE, { token: token(Role.PROPERTY_COMPANY), variables: { input } }))).toBe('FORBIDDEN');
      const { proposeGovernanceMatter } = await ok<{ proposeGovernanceMatter: { id: string } & Matter }>(PROPOSE, Role.PARTY_BRANCH, { input });
      expect(proposeGovernanceMatter).toMatchObject({ stage: 'PROPOSED', nextStep: null, linkCertificate: null });
      matterId = proposeGovernanceMatter.id;
    });

    await step('商议: the branch convenes a joint meeting that agrees the matter; the owners committee and the company may not record it', async () => {
      const { plan } = graph;
      const { neighborhood, company, committee, branch } = demoScenario(plan);
      const manager = plan.governance.projectManagers.find((candidate) => candidate.companyId === company.id && candidate.neighborhoodId === neighborhood.id)!;
      const neighbors = plan.persons.filter((person) => person.residenceNeighborhoodId === neighborhood.id && person.id !== manager.personId).map((person) => person.id);
      const CONVENE = `mutation($input: ConveneJointMeetingInput!) { conveneJointMeeting(input: $input) { id status participants { capacity attended } } }`;
      const input = {
        neighborhoodId: neighborhood.id,
        heldAt: new Date(Date.now() - 2 * 3600 * 1000).toISOString(),
        location: '小区党群服务站',
        minutes: '三方共同商议电梯更新事项，同意提交业主大会表决。',
        participants: [
          { personId: neighbors[0], capacity: 'PARTY', organization: { type: 'PARTY_ORGANIZATION', id: branch.id }, attended: true },
          { personId: manager.personId, capacity: 'PROPERTY_COMPANY', organization: { type: 'PROPERTY_COMPANY', id: company.id }, attended: true },
          { personId: neighbors[1], capacity: 'OWNERS_COMMITTEE', organization: { type: 'OWNERS_COMMITTEE', id: committee.id }, attended: true },
          { personId: neighbors[2], capacity: 'RESIDENT', organization: null, attended: false },
        ],
      };
      expect(errorCode(await graph.graphql(CONVENE, { token: token(Role.OWNERS_COMMITTEE), variables: { input } }))).toBe('FORBIDDEN');
      const { conveneJointMeeting } = await ok<{ conveneJointMeeting: { id: string; status: string } }>(CONVENE, Role.PARTY_BRANCH, { input });
      expect(conveneJointMeeting.status).toBe('HELD');
      meetingId = conveneJointMeeting.id;

      const RECORD = `mutation($input: RecordDeliberationInput!) { recordDeliberation(input: $input) { outcome } }`;
      const deliberation = { meetingId, matterId, outcome: 'AGREED', note: '同意提交业主大会表决' };
      expect(errorCode(await graph.graphql(RECORD, { token: token(Role.PROPERTY_COMPANY), variables: { input: deliberation } }))).toBe('FORBIDDEN');
      await ok(RECORD, Role.PARTY_BRANCH, { input: deliberation });
      const matter = await matterAs(Role.PARTY_BRANCH, matterId);
      expect(matter).toMatchObject({ stage: 'DELIBERATED', nextStep: 'RESOLVE' });
      // The company and the committee of the neighborhood see the meeting.
      for (const role of [Role.PROPERTY_COMPANY, Role.OWNERS_COMMITTEE]) {
        const seen = await ok<{ jointMeeting: { id: string } }>(`query($id: ID!) { jointMeeting(id: $id) { id } }`, role, { id: meetingId });
        expect(seen.jointMeeting.id).toBe(meetingId);
      }
    });

    await step('决议: the owners committee puts it to the assembly with the certificate, which cannot be used to serve; the assembly adopts it', async () => {
      const { neighborhood } = demoScenario(graph.plan);
      const certificate = (await matterAs(Role.OWNERS_COMMITTEE, matterId)).linkCertificate;
      expect(certificate).toEqual(expect.any(String));
      expect((await matterAs(Role.PROPERTY_COMPANY, matterId)).linkCertificate).toBeNull();
      // The certificate allows the owners' decision only: serving before the assembly adopts it is refused.
      const OPEN = `mutation($input: OpenMatterServiceRequestInput!) { openMatterServiceRequest(input: $input) { id status } }`;
      const early = await graph.graphql(OPEN, {
        token: token(Role.PROPERTY_COMPANY),
        variables: { input: { matterCertificate: certificate, neighborhoodId: neighborhood.id, residentPersonId: demoScenario(graph.plan).resident.id, category: 'ELEVATOR', location: '2号楼', description: '电梯更新' } },
      });
      expect(errorCode(early)).toBe('BAD_USER_INPUT');

      // The committee first records the electorate (业主名册) the registry holds for the neighborhood.
      expect((await recordElectorate(graph, token(Role.OWNERS_COMMITTEE), neighborhood.id)).body.errors).toBeUndefined();
      const CONVENE = `mutation($input: ConveneOwnersAssemblyInput!) { conveneOwnersAssembly(input: $input) { id electorate { units { unit { id } } } motions { id status governanceMatter { id } } } }`;
      const input = {
        title: '2026年第二次业主大会',
        form: 'WRITTEN',
        meetsOn: new Date(graph.clock.now().getTime() + 15 * DAY + 60_000).toISOString(),
        motions: [{ title: '使用维修资金更新2号楼电梯', category: 'USE_MAINTENANCE_FUND', matterCertificate: certificate }],
      };
      expect(errorCode(await graph.graphql(CONVENE, { token: token(Role.PARTY_BRANCH), variables: { input } }))).toBe('FORBIDDEN');
      const { conveneOwnersAssembly } = await ok<{ conveneOwnersAssembly: { electorate: { units: { unit: { id: string } }[] }; motions: { id: string; governanceMatter: { id: string } }[] } }>(
        CONVENE,
        Role.OWNERS_COMMITTEE,
        { input },
      );
      const motion = conveneOwnersAssembly.motions[0];
      expect(motion.governanceMatter).toEqual({ id: matterId });
      expect((await matterAs(Role.PARTY_BRANCH, matterId)).stage).toBe('RESOLVING');

      // The assembly meets (the graph's clock moves on); paper ballots, every unit FOR, recorded by the committee; then
      // the committee closes the motion.
      graph.clock.advance('16d');
      const CAST = `mutation($input: CastOwnersBallotInput!) { castOwnersBallot(input: $input) { id } }`;
      for (const unit of conveneOwnersAssembly.electorate.units) {
        await ok(CAST, Role.OWNERS_COMMITTEE, { input: { motionId: motion.id, unitId: unit.unit.id, choice: 'FOR', idempotencyKey: `scenario-${unit.unit.id}` } });
      }
      const CLOSE = `mutation($id: ID!) { closeOwnersMotion(motionId: $id) { id outcome } }`;
      expect(errorCode(await graph.graphql(CLOSE, { token: token(Role.PROPERTY_COMPANY), variables: { id: motion.id } }))).toMatch(REFUSED);
      const closed = await ok<{ closeOwnersMotion: { id: string; outcome: string } }>(CLOSE, Role.OWNERS_COMMITTEE, { id: motion.id });
      expect(closed.closeOwnersMotion.outcome).toBe('PASSED');
      const matter = await matterAs(Role.OWNERS_COMMITTEE, matterId);
      expect(matter).toMatchObject({ stage: 'RESOLVED', nextStep: 'SERVE', resolution: { id: closed.closeOwnersMotion.id } });
    });

    await step('服务: the contracted company opens the service request; a company without a contract there may not', async () => {
      const { neighborhood, resident } = demoScenario(graph.plan);
      const certificate = (await matterAs(Role.PROPERTY_COMPANY, matterId)).linkCertificate;
      expect(certificate).toEqual(expect.any(String));
      const OPEN = `mutation($input: OpenMatterServiceRequestInput!) { openMatterServiceRequest(input: $input) { id status governanceMatter { id } } }`;
      const input = { matterCertificate: certificate, neighborhoodId: neighborhood.id, residentPersonId: resident.id, category: 'ELEVATOR', location: '2号楼', description: '按业主大会决议更新2号楼电梯' };
      expect(errorCode(await graph.graphql(OPEN, { token: otherCompanyToken, variables: { input } }))).toBe('FORBIDDEN');
      const { openMatterServiceRequest } = await ok<{ openMatterServiceRequest: { id: string; status: string; governanceMatter: { id: string } } }>(OPEN, Role.PROPERTY_COMPANY, { input });
      expect(openMatterServiceRequest).toMatchObject({ status: 'SUBMITTED', governanceMatter: { id: matterId } });
      requestId = openMatterServiceRequest.id;
      expect((await matterAs(Role.PARTY_BRANCH, matterId)).stage).toBe('SERVING');

      for (const step of ['acceptServiceRequest', 'startServiceRequest', 'resolveServiceRequest']) {
        const mutation = `mutation($input: ServiceRequestStepInput!) { ${step}(input: $input) { status } }`;
        const input = { id: requestId, note: '按决议推进' };
        expect(errorCode(await graph.graphql(mutation, { token: otherCompanyToken, variables: { input } }))).toMatch(REFUSED);
        await ok(mutation, Role.PROPERTY_COMPANY, { input });
      }
      const matter = await matterAs(Role.PARTY_BRANCH, matterId);
      expect(matter).toMatchObject({ stage: 'COMPLETED', nextStep: null, serviceRequests: [{ id: requestId, status: 'RESOLVED' }] });
    });

    await step('评价: the resident it served evaluates it; another resident may not', async () => {
      const EVALUATE = `mutation($input: EvaluateServiceRequestInput!) { evaluateServiceRequest(input: $input) { status satisfaction } }`;
      const input = { id: requestId, satisfaction: 5, comment: '电梯更新后运行平稳' };
      const refused = await graph.graphql(EVALUATE, { token: otherResidentToken, variables: { input } });
      expect(errorCode(refused)).toMatch(REFUSED);
      await ok(EVALUATE, Role.RESIDENT, { input });
      const matter = await matterAs(Role.DISTRICT, matterId);
      expect(matter).toMatchObject({ stage: 'EVALUATED', serviceRequests: [{ id: requestId, status: 'EVALUATED' }] });
      expect(matter.deliberations).toEqual([{ outcome: 'AGREED', meeting: { id: meetingId } }]);
    });

    await step("shown to a resident of its neighborhood (residents read their own neighborhood's matters)", async () => {
      const response = await graph.graphql(MATTER, { token: token(Role.RESIDENT), variables: { id: matterId } });
      expect(errorCode(response)).toBeUndefined();
      expect(response.body.data).not.toBeNull();
    });
  });
});

describe('双向进入、交叉任职: a person with posts in three organisations', () => {
  it('lists the property post, the owners committee post and the branch committee seat, across three subgraphs', async () => {
    const { plan } = graph;
    const { company, committee, branch } = demoScenario(plan);
    const multi = plan.governance.multiPostPersons.find((candidate) => candidate.companyId === company.id)!;
    const response = await ok<{ person: { posts: { source: string; title: string; organization: { __typename: string; id: string } }[] } }>(
      `query($id: ID!) { person(id: $id) { posts { source title organization { __typename ... on PropertyCompany { id name } ... on OwnersCommittee { id } ... on PartyOrganization { id name } } } } }`,
      Role.DISTRICT,
      { id: multi.personId },
    );
    const organizations = response.person.posts.map((post) => `${post.source}:${post.organization.__typename}:${post.organization.id}`).sort();
    expect(organizations).toEqual(
      expect.arrayContaining([`property:PropertyCompany:${company.id}`, `owners:OwnersCommittee:${committee.id}`, `party:PartyOrganization:${branch.id}`]),
    );
    expect(new Set(response.person.posts.map((post) => post.source))).toEqual(new Set(['property', 'owners', 'party']));
  });
});

describe('回避: people holding a post in the company a matter concerns', () => {
  it('are flagged on the joint meeting that deliberates its evaluation', async () => {
    const { plan } = graph;
    const { neighborhood, company, branch } = demoScenario(plan);
    const multi = plan.governance.multiPostPersons.find((candidate) => candidate.companyId === company.id)!;
    const { proposeGovernanceMatter } = await ok<{ proposeGovernanceMatter: { id: string } }>(
      `mutation($input: ProposeGovernanceMatterInput!) { proposeGovernanceMatter(input: $input) { id } }`,
      Role.PARTY_BRANCH,
      { input: { neighborhoodId: neighborhood.id, title: '年度物业服务质量评议', description: '评议物业企业年度服务质量', category: 'PROPERTY_EVALUATION', concernedCompanyId: company.id } },
    );
    const { conveneJointMeeting } = await ok<{ conveneJointMeeting: { id: string } }>(
      `mutation($input: ConveneJointMeetingInput!) { conveneJointMeeting(input: $input) { id } }`,
      Role.PARTY_BRANCH,
      {
        input: {
          neighborhoodId: neighborhood.id,
          heldAt: new Date(Date.now() - 3600 * 1000).toISOString(),
          location: '社区会议室',
          minutes: '物业服务质量评议',
          participants: [
            { personId: multi.personId, capacity: 'PROPERTY_COMPANY', organization: { type: 'PROPERTY_COMPANY', id: company.id }, attended: true },
            { personId: demoScenario(plan).resident.id, capacity: 'RESIDENT', organization: null, attended: true },
          ],
        },
      },
    );
    await ok(`mutation($input: RecordDeliberationInput!) { recordDeliberation(input: $input) { outcome } }`, Role.PARTY_BRANCH, {
      input: { meetingId: conveneJointMeeting.id, matterId: proposeGovernanceMatter.id, outcome: 'AGREED', note: '同意开展评议' },
    });
    const meeting = await ok<{ jointMeeting: { convenedBy: { id: string }; recusals: { person: { id: string }; company: { id: string } }[] } }>(
      `query($id: ID!) { jointMeeting(id: $id) { convenedBy { id } recusals { person { id } company { id } } } }`,
      Role.PARTY_BRANCH,
      { id: conveneJointMeeting.id },
    );
    expect(meeting.jointMeeting).toEqual({ convenedBy: { id: branch.id }, recusals: [{ person: { id: multi.personId }, company: { id: company.id } }] });
  });

  it("are flagged on the owners' motion that decides whether to dismiss the company", async () => {
    const { plan } = graph;
    const { neighborhood, company } = demoScenario(plan);
    const multi = plan.governance.multiPostPersons.find((candidate) => candidate.companyId === company.id)!;
    const { proposeGovernanceMatter: matter } = await ok<{ proposeGovernanceMatter: { id: string; needsOwnersDecision: boolean } }>(
      `mutation($input: ProposeGovernanceMatterInput!) { proposeGovernanceMatter(input: $input) { id needsOwnersDecision } }`,
      Role.PARTY_BRANCH,
      { input: { neighborhoodId: neighborhood.id, title: '是否续聘物业服务企业', description: '合同期满，提请业主大会决定续聘或解聘', category: 'PROPERTY_COMPANY_CHANGE', concernedCompanyId: company.id } },
    );
    expect(matter.needsOwnersDecision).toBe(true);
    const { conveneJointMeeting } = await ok<{ conveneJointMeeting: { id: string } }>(
      `mutation($input: ConveneJointMeetingInput!) { conveneJointMeeting(input: $input) { id } }`,
      Role.PARTY_BRANCH,
      {
        input: {
          neighborhoodId: neighborhood.id,
          heldAt: new Date(Date.now() - 3600 * 1000).toISOString(),
          location: '社区会议室',
          minutes: '商议物业续聘事项',
          participants: [
            { personId: demoScenario(plan).resident.id, capacity: 'RESIDENT', organization: null, attended: true },
            { personId: plan.persons.find((person) => person.residenceNeighborhoodId === neighborhood.id && person.id !== multi.personId && person.id !== demoScenario(plan).resident.id)!.id, capacity: 'RESIDENT', organization: null, attended: true },
          ],
        },
      },
    );
    await ok(`mutation($input: RecordDeliberationInput!) { recordDeliberation(input: $input) { outcome } }`, Role.PARTY_BRANCH, {
      input: { meetingId: conveneJointMeeting.id, matterId: matter.id, outcome: 'AGREED', note: '提请业主大会表决' },
    });
    const certificate = (await matterAs(Role.OWNERS_COMMITTEE, matter.id)).linkCertificate;
    // The committee records the electorate first, as for any assembly (this test does not count on another having done it).
    expect((await recordElectorate(graph, token(Role.OWNERS_COMMITTEE), neighborhood.id)).body.errors).toBeUndefined();
    const { conveneOwnersAssembly } = await ok<{ conveneOwnersAssembly: { motions: { id: string; recusals: { person: { id: string }; company: { id: string }; postKind: string }[] }[] } }>(
      `mutation($input: ConveneOwnersAssemblyInput!) { conveneOwnersAssembly(input: $input) { motions { id recusals { person { id } company { id } postKind } } } }`,
      Role.OWNERS_COMMITTEE,
      {
        input: {
          title: '2026年第三次业主大会',
          form: 'WRITTEN',
          meetsOn: new Date(graph.clock.now().getTime() + 15 * DAY + 60_000).toISOString(),
          motions: [{ title: '续聘物业服务企业', category: 'HIRE_OR_DISMISS_PROPERTY_COMPANY', matterCertificate: certificate }],
        },
      },
    );
    // The committee member who is also the company's project manager is flagged; nobody else on the committee is.
    expect(conveneOwnersAssembly.motions[0].recusals).toEqual([{ person: { id: multi.personId }, company: { id: company.id }, postKind: 'PROJECT_MANAGER' }]);
  });
});
