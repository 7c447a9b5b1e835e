import { Role } from '../../subgraphs/platform/access/role.js';
import { demoScenario } from '../../infra/demo/demo-tokens.js';
import type { GraphStack } from './graph-stack.js';
import { recordElectorate } from './owners-electorate.js';

const DAY = 24 * 3600 * 1000;

/** The ids a 三议一服务 matter produced on its way from proposal to evaluation. */
export interface MatterFlow {
  matterId: string;
  deliberationId: string;
  motionId: string;
  resolutionId: string;
  requestId: string;
}

/**
 * Takes a new governance matter of the demo neighborhood through 三议一服务 with each organisation's demo token, as
 * test/governance.test.ts does step by step (with the refusals): propose, deliberate, put to the assembly, ballot,
 * close (resolve), open the service request (serve), accept, start, resolve (complete), evaluate. Calls `between`
 * after each step, so a test can look at what was emitted in between.
 */
export async function runMatterToEvaluation(graph: GraphStack, title: string, between: (step: string) => Promise<void> = async () => undefined): Promise<MatterFlow> {
  const { plan } = graph;
  const { neighborhood, committee, branch, resident } = demoScenario(plan);
  const call = async <T>(role: Role, query: string, variables: Record<string, unknown>): Promise<T> => {
    const response = await graph.graphql<T>(query, { token: graph.tokens.get(role)!, variables });
    if (response.body.errors) throw new Error(`${role}: ${JSON.stringify(response.body.errors)}`);
    return response.body.data!;
  };
  const certificate = async (role: Role, id: string) =>
    (await call<{ governanceMatter: { linkCertificate: string } }>(role, `query($id: ID!) { governanceMatter(id: $id) { linkCertificate } }`, { id })).governanceMatter.linkCertificate;

  const { proposeGovernanceMatter: matter } = await call<{ proposeGovernanceMatter: { id: string } }>(
    Role.PARTY_BRANCH,
    `mutation($input: ProposeGovernanceMatterInput!) { proposeGovernanceMatter(input: $input) { id } }`,
    { input: { neighborhoodId: neighborhood.id, title, description: '使用维修资金更新电梯', category: 'MAINTENANCE_FUND_USE', needsOwnersDecision: true } },
  );
  await between('proposed');
  const neighbors = plan.persons.filter((person) => person.residenceNeighborhoodId === neighborhood.id).map((person) => person.id);
  const { conveneJointMeeting: meeting } = await call<{ conveneJointMeeting: { id: string } }>(
    Role.PARTY_BRANCH,
    `mutation($input: ConveneJointMeetingInput!) { conveneJointMeeting(input: $input) { id } }`,
    {
      input: {
        neighborhoodId: neighborhood.id,
        heldAt: new Date(Date.now() - 3600 * 1000).toISOString(),
        location: '小区党群服务站',
        minutes: '同意提交业主大会表决。',
        participants: [
          { personId: neighbors[0], capacity: 'PARTY', organization: { type: 'PARTY_ORGANIZATION', id: branch.id }, attended: true },
          { personId: neighbors[1], capacity: 'OWNERS_COMMITTEE', organization: { type: 'OWNERS_COMMITTEE', id: committee.id }, attended: true },
        ],
      },
    },
  );
  const { recordDeliberation } = await call<{ recordDeliberation: { id: string } }>(
    Role.PARTY_BRANCH,
    `mutation($input: RecordDeliberationInput!) { recordDeliberation(input: $input) { id } }`,
    { input: { meetingId: meeting.id, matterId: matter.id, outcome: 'AGREED', note: '同意提交业主大会表决' } },
  );
  await between('deliberated');

  const recorded = await recordElectorate(graph, graph.tokens.get(Role.OWNERS_COMMITTEE)!, neighborhood.id);
  if (recorded.body.errors) throw new Error(`recordOwnersElectorate: ${JSON.stringify(recorded.body.errors)}`);
  const { conveneOwnersAssembly: assembly } = await call<{ conveneOwnersAssembly: { electorate: { units: { unit: { id: string } }[] }; motions: { id: string }[] } }>(
    Role.OWNERS_COMMITTEE,
    `mutation($input: ConveneOwnersAssemblyInput!) { conveneOwnersAssembly(input: $input) { electorate { units { unit { id } } } motions { id } } }`,
    {
      input: {
        title: `${title}业主大会`,
        form: 'WRITTEN',
        meetsOn: new Date(graph.clock.now().getTime() + 15 * DAY + 60_000).toISOString(),
        motions: [{ title, category: 'USE_MAINTENANCE_FUND', matterCertificate: await certificate(Role.OWNERS_COMMITTEE, matter.id) }],
      },
    },
  );
  const motionId = assembly.motions[0].id;
  await between('motion_linked');
  // Ballots open when the meeting does, at least 15 days after the notice (the server's clock).
  graph.clock.advance('16d');
  for (const unit of assembly.electorate.units) {
    await call(Role.OWNERS_COMMITTEE, `mutation($input: CastOwnersBallotInput!) { castOwnersBallot(input: $input) { id } }`, {
      input: { motionId, unitId: unit.unit.id, choice: 'FOR', idempotencyKey: `${motionId}-${unit.unit.id}` },
    });
  }
  const { closeOwnersMotion: resolution } = await call<{ closeOwnersMotion: { id: string } }>(
    Role.OWNERS_COMMITTEE,
    `mutation($id: ID!) { closeOwnersMotion(motionId: $id) { id } }`,
    { id: motionId },
  );
  await between('resolved');

  const { openMatterServiceRequest: request } = await call<{ openMatterServiceRequest: { id: string } }>(
    Role.PROPERTY_COMPANY,
    `mutation($input: OpenMatterServiceRequestInput!) { openMatterServiceRequest(input: $input) { id } }`,
    {
      input: {
        matterCertificate: await certificate(Role.PROPERTY_COMPANY, matter.id),
        neighborhoodId: neighborhood.id,
        residentPersonId: resident.id,
        category: 'ELEVATOR',
        location: '2号楼',
        description: `按决议办理：${title}`,
      },
    },
  );
  await between('served');
  for (const step of ['acceptServiceRequest', 'startServiceRequest', 'resolveServiceRequest']) {
    await call(Role.PROPERTY_COMPANY, `mutation($input: ServiceRequestStepInput!) { ${step}(input: $input) { status } }`, { input: { id: request.id, note: '按决议推进' } });
  }
  await between('completed');
  await call(Role.RESIDENT, `mutation($input: EvaluateServiceRequestInput!) { evaluateServiceRequest(input: $input) { status } }`, {
    input: { id: request.id, satisfaction: 5, comment: '运行平稳' },
  });
  await between('evaluated');
  return { matterId: matter.id, deliberationId: recordDeliberation.id, motionId, resolutionId: resolution.id, requestId: request.id };
}
