import { Role } from '../subgraphs/platform/access/role.js';
import { demoScenario, residentHomes } from '../infra/demo/demo-tokens.js';
import { startGraph, type GraphStack } from './harness/graph-stack.js';
import { planHeads } from '../subgraphs/party/seeders/neighborhood-head.seeder.js';

let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(async () => {
  await graph?.stop();
});

const CERTIFICATE = '{ neighborhoodHeadCertificate { certificate expiresAt coverage { neighborhood { id } wholeNeighborhood buildings { id } } } }';
const SUBMIT = `mutation($input: SubmitServiceRequestOnBehalfInput!) { submitServiceRequestOnBehalf(input: $input) {
  id status category location neighborhood { id } company { id } resident { id } recordedBy { id }
  enteredOnBehalf { head { id } resident { id } buildingId } steps { action actorRole actor { id } note } } }`;
const READ = 'query($id: ID!) { serviceRequest(id: $id) { id resident { id } recordedBy { id } } }';
const LIST = 'query($id: ID!) { serviceRequests(first: 100, filter: { neighborhoodId: $id }) { nodes { id } } }';

const refusal = (path: string, message: string, extensions: Record<string, unknown>) => ({ data: null, errors: [{ message, path: [path], extensions }] });
const NOT_SIGNED = 'headCertificate is not a head statement the party subgraph signed for you in the last 10 minutes: read it again (neighborhoodHeadCertificate { certificate }).';

/** Rows of the request tables, to show a refusal stored nothing. */
async function storedRows(): Promise<number[]> {
  const connection = graph.subgraphs.get('property')!.orm.em.getConnection();
  const rows = await connection.execute<{ count: string }[]>(
    `select count(*) as count from property.service_request union all select count(*) from property.service_request_step union all select count(*) from property.service_request_on_behalf union all select count(*) from property.event_outbox`,
  );
  return rows.map((row) => Number(row.count));
}

describe('三长代办: a head enters a resident\'s request on their behalf', () => {
  it('accepts it for a building the head covers, shows it to the resident and the head, and refuses everything else without storing anything', async () => {
    const { neighborhood, company, resident } = demoScenario(graph.plan);
    const heads = planHeads(graph.plan);
    const buildings = graph.plan.buildings.filter((building) => building.neighborhoodId === neighborhood.id).map((building) => building.id);
    // A building head of the demo neighborhood who is not its grid head, with a building there they do not head.
    const head = heads.find((candidate) => {
      const own = heads.filter((other) => other.personId === candidate.personId);
      return candidate.kind === 'BUILDING_HEAD' && candidate.neighborhoodId === neighborhood.id && candidate.personId !== resident.id
        && !own.some((other) => other.kind === 'GRID_HEAD' && other.neighborhoodId === neighborhood.id)
        && buildings.some((id) => !own.some((other) => other.buildingId === id));
    })!;
    const coveredBuildings = [...new Set(heads.filter((other) => other.personId === head.personId && other.neighborhoodId === neighborhood.id).map((other) => other.buildingId!))].sort();
    const uncovered = buildings.find((id) => !coveredBuildings.includes(id))!;
    const headToken = await graph.issuer.issue('head-building', { role: Role.RESIDENT, person: head.personId, grant: { neighborhoodIds: residentHomes(graph.plan, head.personId) } }, { expiresIn: '1h' });
    const residentToken = graph.tokens.get(Role.RESIDENT)!;

    // Party signs what the head's posts in force cover.
    const signed = await graph.graphql<{ neighborhoodHeadCertificate: { certificate: string; coverage: { neighborhood: { id: string }; wholeNeighborhood: boolean; buildings: { id: string }[] }[] } }>(CERTIFICATE, { token: headToken });
    expect(signed.body.errors).toBeUndefined();
    const { certificate, coverage } = signed.body.data!.neighborhoodHeadCertificate;
    expect(coverage.find((entry) => entry.neighborhood.id === neighborhood.id)).toEqual({ neighborhood: { id: neighborhood.id }, wholeNeighborhood: false, buildings: coveredBuildings.map((id) => ({ id })) });

    const input = { headCertificate: certificate, residentPersonId: resident.id, neighborhoodId: neighborhood.id, buildingId: head.buildingId, category: 'DRAINAGE', location: '3号楼2单元楼道', description: '楼道灯不亮，请维修' };
    const before = await storedRows();

    // Refused: a building the head does not cover, a forged or altered statement, someone else's statement, a
    // non-resident role, a resident who heads nothing, an expired statement.
    expect((await graph.graphql(SUBMIT, { token: headToken, variables: { input: { ...input, buildingId: uncovered } } })).body).toEqual(
      refusal('submitServiceRequestOnBehalf', 'Your head posts do not cover this building: enter requests only for the places you head.', { code: 'FORBIDDEN' }),
    );
    expect((await graph.graphql(SUBMIT, { token: headToken, variables: { input: { ...input, buildingId: undefined } } })).body).toEqual(
      refusal('submitServiceRequestOnBehalf', 'buildingId is required: name the building you head that the request concerns.', { code: 'BAD_USER_INPUT', field: 'buildingId' }),
    );
    const [header, payload, signature] = certificate.split('.');
    const widened = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), coverage: [{ neighborhoodId: neighborhood.id, buildingIds: null }] })).toString('base64url');
    for (const forged of [`${header}.${widened}.${signature}`, `${header}.${payload}.${signature.slice(0, -4)}AAAA`, 'not-a-statement']) {
      expect((await graph.graphql(SUBMIT, { token: headToken, variables: { input: { ...input, headCertificate: forged } } })).body).toEqual(
        refusal('submitServiceRequestOnBehalf', NOT_SIGNED, { code: 'FORBIDDEN', field: 'headCertificate' }),
      );
    }
    expect((await graph.graphql(SUBMIT, { token: residentToken, variables: { input } })).body).toEqual(refusal('submitServiceRequestOnBehalf', NOT_SIGNED, { code: 'FORBIDDEN', field: 'headCertificate' }));
    expect((await graph.graphql(SUBMIT, { token: graph.tokens.get(Role.COMMUNITY), variables: { input } })).body).toEqual(
      refusal('submitServiceRequestOnBehalf', 'Your role (COMMUNITY) may not enter requests as a head: a building, entrance or grid head signs in as themself (RESIDENT).', { code: 'FORBIDDEN' }),
    );
    const nonHead = graph.plan.persons.find((person) => person.residenceNeighborhoodId === neighborhood.id && person.id !== resident.id && !heads.some((other) => other.personId === person.id))!;
    const nonHeadToken = await graph.issuer.issue('not-a-head', { role: Role.RESIDENT, person: nonHead.id, grant: { neighborhoodIds: residentHomes(graph.plan, nonHead.id) } }, { expiresIn: '1h' });
    expect((await graph.graphql(CERTIFICATE, { token: nonHeadToken })).body).toEqual(
      refusal('neighborhoodHeadCertificate', 'You hold no building, entrance or grid head post in force today: only a head (三长) may act for residents.', { code: 'FORBIDDEN' }),
    );
    graph.clock.advance('11m');
    expect((await graph.graphql(SUBMIT, { token: headToken, variables: { input } })).body).toEqual(refusal('submitServiceRequestOnBehalf', NOT_SIGNED, { code: 'FORBIDDEN', field: 'headCertificate' }));
    graph.clock.advance('-11m');
    expect(await storedRows()).toEqual(before);

    // Accepted for the head's own building: addressed to the serving company, entered by the head for the resident.
    const entered = await graph.graphql<{ submitServiceRequestOnBehalf: { id: string } }>(SUBMIT, { token: headToken, variables: { input } });
    const id = entered.body.data?.submitServiceRequestOnBehalf.id;
    expect(entered.body).toEqual({
      data: {
        submitServiceRequestOnBehalf: {
          id, status: 'SUBMITTED', category: 'DRAINAGE', location: '3号楼2单元楼道', neighborhood: { id: neighborhood.id }, company: { id: company.id },
          resident: { id: resident.id }, recordedBy: { id: head.personId },
          enteredOnBehalf: { head: { id: head.personId }, resident: { id: resident.id }, buildingId: head.buildingId },
          steps: [{ action: 'SUBMIT', actorRole: 'RESIDENT', actor: { id: head.personId }, note: '三长代办' }],
        },
      },
    });
    const after = await storedRows();
    expect(after).toEqual([before[0] + 1, before[1] + 1, before[2] + 1, before[3] + 1]);

    // The resident sees it among their requests, and so does the head who entered it; another resident does not.
    for (const token of [residentToken, headToken]) {
      expect((await graph.graphql(READ, { token, variables: { id } })).body).toEqual({ data: { serviceRequest: { id, resident: { id: resident.id }, recordedBy: { id: head.personId } } } });
      const listed = (await graph.graphql<{ serviceRequests: { nodes: { id: string }[] } }>(LIST, { token, variables: { id: neighborhood.id } })).body.data!.serviceRequests.nodes;
      expect(listed.map((node) => node.id)).toContain(id);
    }
    expect((await graph.graphql(READ, { token: nonHeadToken, variables: { id } })).body).toEqual({
      data: null, errors: [{ message: `No ServiceRequest with id "${id}" is visible to you.`, path: ['serviceRequest'], extensions: { code: 'NOT_FOUND', typeName: 'ServiceRequest', id } }],
    });

    // The record of who entered it for whom cannot be changed, even by the service's own role.
    const connection = graph.subgraphs.get('property')!.orm.em.getConnection();
    for (const sql of [`update property.service_request_on_behalf set head_person_id = resident_person_id`, `delete from property.service_request_on_behalf`]) {
      await expect(connection.execute(sql)).rejects.toThrow(/permission denied|append-only/);
    }
  });

  it("lets a grid head act for the whole neighborhood, naming no building", async () => {
    const { neighborhood, resident } = demoScenario(graph.plan);
    const grid = planHeads(graph.plan).find((candidate) => candidate.kind === 'GRID_HEAD' && candidate.neighborhoodId === neighborhood.id && candidate.personId !== resident.id)!;
    const token = await graph.issuer.issue('head-grid', { role: Role.RESIDENT, person: grid.personId }, { expiresIn: '1h' });
    const { certificate } = (await graph.graphql<{ neighborhoodHeadCertificate: { certificate: string } }>(CERTIFICATE, { token })).body.data!.neighborhoodHeadCertificate;
    const input = { headCertificate: certificate, residentPersonId: resident.id, neighborhoodId: neighborhood.id, category: 'SANITATION', location: '小区北门', description: '垃圾桶满溢' };
    expect((await graph.graphql(SUBMIT, { token, variables: { input: { ...input, buildingId: graph.plan.buildings[0].id } } })).body).toEqual(
      refusal('submitServiceRequestOnBehalf', 'A grid head acts for the whole neighborhood: leave buildingId out and say where in location.', { code: 'BAD_USER_INPUT', field: 'buildingId' }),
    );
    const entered = await graph.graphql<{ submitServiceRequestOnBehalf: { enteredOnBehalf: unknown } }>(SUBMIT, { token, variables: { input } });
    expect(entered.body.errors).toBeUndefined();
    expect(entered.body.data!.submitServiceRequestOnBehalf.enteredOnBehalf).toEqual({ head: { id: grid.personId }, resident: { id: resident.id }, buildingId: null });
  });
});
