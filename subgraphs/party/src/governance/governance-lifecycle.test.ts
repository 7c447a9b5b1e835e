import pg from 'pg';
import { Role } from '../../../platform/access/role.js';
import { demoScenario, residentHomes } from '../../../../infra/demo/demo-tokens.js';
import type { PlannedMatter } from '../../../../infra/demo/governance-plan.js';
import { gatewayHeaders, startGraph, type GraphStack } from '../../../../test/harness/graph-stack.js';
import { GovernanceStage } from './governance-kinds.js';
import { nextMatterStep } from './matter-stage.js';

let graph: GraphStack;
let db: pg.Client;
beforeAll(async () => {
  graph = await startGraph();
  db = new pg.Client({ connectionString: graph.adminDatabaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await graph?.stop();
});

const token = (role: Role) => graph.tokens.get(role)!;
/** A subgraph's own answer also carries the error's location in the query. */
const subgraphRefusal = (path: (string | number)[], message: string, code: string, data: unknown) => ({ data, errors: [{ message, path, locations: [expect.any(Object)], extensions: { code } }] });

/** The stage the plan seeded a matter at (the other subgraphs seed its motion, requests and project alike). */
function plannedStage(matter: PlannedMatter): GovernanceStage {
  if (!matter.deliberation) return GovernanceStage.PROPOSED;
  if (matter.deliberation.outcome === 'REJECTED') return GovernanceStage.REJECTED;
  let decided = GovernanceStage.DELIBERATED;
  if (matter.needsOwnersDecision) {
    if (!matter.motion) return GovernanceStage.DELIBERATED;
    if (!matter.motion.adopted) return matter.motion.open ? GovernanceStage.RESOLVING : GovernanceStage.NOT_ADOPTED;
    decided = GovernanceStage.RESOLVED;
  }
  const service = [...matter.serviceRequests.map((request) => request.progress), ...(matter.project ? [matter.project.progress] : [])];
  if (!service.length) return decided;
  if (service.includes('IN_PROGRESS')) return GovernanceStage.SERVING;
  return service.every((progress) => progress === 'EVALUATED') ? GovernanceStage.EVALUATED : GovernanceStage.COMPLETED;
}

const byProposal = (a: PlannedMatter, b: PlannedMatter) => (a.proposedOn === b.proposedOn ? (a.id < b.id ? -1 : 1) : a.proposedOn < b.proposedOn ? -1 : 1);
const LIST = `query($id: ID!, $step: MatterStep, $stage: GovernanceStage) { neighborhood(id: $id) { governanceMatters(first: 100, nextStep: $step, stage: $stage) { totalCount nodes { id stage nextStep } } } }`;

const REFUSED = "You may not read this neighborhood's governance matters: its party and area offices, its property company and owners' committee, paired units and its residents may.";

/** The field asked of the party subgraph directly, as the gateway would: the party's own check, not the registry's. */
function partyMatters(callerToken: string, neighborhoodId: string) {
  const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Neighborhood { governanceMatters { totalCount } } } }`;
  return graph.subgraphRequest('party', { query, variables: { r: [{ __typename: 'Neighborhood', id: neighborhoodId }] } }, gatewayHeaders('party', callerToken));
}

describe('Neighborhood.governanceMatters (小区议事事项)', () => {
  it("gives the property company the matters a joint meeting opened for service, each with its exact stage", async () => {
    const { neighborhood } = demoScenario(graph.plan);
    const planned = graph.plan.governance.governanceMatters.filter((matter) => matter.neighborhoodId === neighborhood.id && matter.deliberation?.outcome === 'AGREED').sort(byProposal);
    expect(planned.length).toBeGreaterThan(0);
    const nodes = planned.map((matter) => ({ id: matter.id, stage: plannedStage(matter), nextStep: nextMatterStep(plannedStage(matter), matter.needsOwnersDecision) }));
    const response = await graph.graphql(LIST, { token: token(Role.PROPERTY_COMPANY), variables: { id: neighborhood.id, step: 'SERVE' } });
    expect(response.body).toEqual({ data: { neighborhood: { governanceMatters: { totalCount: planned.length, nodes } } } });
  });

  it('lets a resident read the matters of their own neighborhood, without certificates or meetings, and refuses another one', async () => {
    const { neighborhood, resident } = demoScenario(graph.plan);
    const planned = graph.plan.governance.governanceMatters.filter((matter) => matter.neighborhoodId === neighborhood.id).sort(byProposal);
    const nodes = planned.map((matter) => ({ id: matter.id, stage: plannedStage(matter), nextStep: nextMatterStep(plannedStage(matter), matter.needsOwnersDecision) }));
    const own = await graph.graphql(LIST, { token: token(Role.RESIDENT), variables: { id: neighborhood.id } });
    expect(own.body).toEqual({ data: { neighborhood: { governanceMatters: { totalCount: planned.length, nodes } } } });

    const deliberated = planned.find((matter) => matter.deliberation)!;
    const one = await graph.graphql(`query($id: ID!) { governanceMatter(id: $id) { id linkCertificate deliberations { outcome meeting { id } } } }`, {
      token: token(Role.RESIDENT),
      variables: { id: deliberated.id },
    });
    expect(one.body).toEqual({ data: { governanceMatter: { id: deliberated.id, linkCertificate: null, deliberations: [{ outcome: deliberated.deliberation!.outcome, meeting: null }] } } });

    const homes = residentHomes(graph.plan, resident.id);
    const elsewhere = graph.plan.governance.governanceMatters.find((matter) => !homes.includes(matter.neighborhoodId))!;
    const other = await graph.graphql(LIST, { token: token(Role.RESIDENT), variables: { id: elsewhere.neighborhoodId } });
    // The registry does not show a resident another neighborhood; the party refuses its matters itself too (an _entities call).
    expect(other.body).toEqual({
      data: null,
      errors: [{ message: `No Neighborhood with id "${elsewhere.neighborhoodId}" is visible to you.`, path: ['neighborhood'], extensions: { code: 'NOT_FOUND', typeName: 'Neighborhood', id: elsewhere.neighborhoodId } }],
    });
    expect((await partyMatters(token(Role.RESIDENT), elsewhere.neighborhoodId)).body).toEqual(subgraphRefusal(['_entities', 0, 'governanceMatters'], REFUSED, 'FORBIDDEN', { _entities: [null] }));
    const byId = await graph.graphql(`query($id: ID!) { governanceMatter(id: $id) { id } }`, { token: token(Role.RESIDENT), variables: { id: elsewhere.id } });
    expect(byId.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it("refuses another neighborhood's branch and filters by stage", async () => {
    const { neighborhood, branch } = demoScenario(graph.plan);
    const otherBranch = graph.plan.partyBranches.find((candidate) => candidate.id !== branch.id && !candidate.neighborhoodIds.includes(neighborhood.id))!;
    const otherToken = await graph.issuer.issue('other-branch', { role: Role.PARTY_BRANCH, org: otherBranch.id, grant: { neighborhoodIds: otherBranch.neighborhoodIds } }, { expiresIn: '1h' });
    const refused = await graph.graphql(LIST, { token: otherToken, variables: { id: neighborhood.id } });
    expect(refused.body.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[['neighborhood'], 'NOT_FOUND']]);
    expect((await partyMatters(otherToken, neighborhood.id)).body).toEqual(subgraphRefusal(['_entities', 0, 'governanceMatters'], REFUSED, 'FORBIDDEN', { _entities: [null] }));

    const rejected = graph.plan.governance.governanceMatters.filter((matter) => matter.neighborhoodId === neighborhood.id && matter.deliberation?.outcome === 'REJECTED').sort(byProposal);
    const response = await graph.graphql(LIST, { token: token(Role.PARTY_BRANCH), variables: { id: neighborhood.id, stage: 'REJECTED' } });
    expect(response.body).toEqual({ data: { neighborhood: { governanceMatters: { totalCount: rejected.length, nodes: rejected.map((matter) => ({ id: matter.id, stage: 'REJECTED', nextStep: null })) } } } });
  });
});
