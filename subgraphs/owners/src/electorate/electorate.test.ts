import { deflateRawSync } from 'node:zlib';
import pg from 'pg';
import { Role } from '../../../platform/access/role.js';
import { SIGNED_OWNERS_ROSTER, signOwnersRoster, SIGNED_ROSTER_LIFETIME_MS } from '../../../platform/governance/owners-roster.js';
import { issueStatement } from '../../../platform/access/signed-statement.js';
import { factsDigest } from '../../../platform/access/attested-facts.js';
import { demoScenario } from '../../../../infra/demo/demo-tokens.js';
import { startGraph, type GraphStack } from '../../../../test/harness/graph-stack.js';
import { testStatementKeys } from '../../../../test/harness/test-keys.js';
import { READ_SIGNED_ROSTER, RECORD_ELECTORATE, recordElectorate } from '../../../../test/harness/owners-electorate.js';
import { areaInHundredths, countOwners, formatHundredths } from '../tally/tally.js';

// Recording the electorate is a mutation taking the registry's signed roster (README: Recording the electorate).

let graph: GraphStack;
let db: pg.Client;
let streetToken: string;
let otherStreetToken: string;
beforeAll(async () => {
  graph = await startGraph();
  db = new pg.Client({ connectionString: graph.runtimeDatabaseUrls.get('owners') });
  await db.connect();
  const { neighborhood } = demoScenario(graph.plan);
  const otherStreet = graph.plan.streets.find((street) => street.id !== neighborhood.streetId)!;
  streetToken = await graph.issuer.issue('own-street', { role: Role.STREET, grant: { streetIds: [neighborhood.streetId] } }, { expiresIn: '1h' });
  otherStreetToken = await graph.issuer.issue('other-street', { role: Role.STREET, grant: { streetIds: [otherStreet.id] } }, { expiresIn: '1h' });
});
afterAll(async () => {
  await db?.end();
  await graph?.stop();
});

const token = (role: Role) => graph.tokens.get(role)!;
const rows = async () =>
  Promise.all(['electorate_snapshot', 'electorate_capture'].map(async (table) => Number((await db.query(`select count(*) as n from owners.${table} where recorded_by <> 'demo-seed'`)).rows[0].n)));
const READ = 'query($id: ID!) { neighborhood(id: $id) { ownersElectorate { id unitCount } } }';
const record = (tokenValue: string, neighborhoodId: string, signedRoster: string) =>
  graph.graphql(RECORD_ELECTORATE, { token: tokenValue, variables: { input: { neighborhoodId, signedRoster } } });
const signedRosterOf = async (tokenValue: string, neighborhoodId: string): Promise<string> =>
  (await graph.graphql<{ neighborhood: { signedOwnersRoster: string } }>(READ_SIGNED_ROSTER, { token: tokenValue, variables: { id: neighborhoodId } })).body.data!.neighborhood.signedOwnersRoster;

function demoTotals() {
  const { neighborhood } = demoScenario(graph.plan);
  const units = graph.plan.units
    .filter((unit) => unit.neighborhoodId === neighborhood.id)
    .map((unit) => ({ unitId: unit.id, area: formatHundredths(areaInHundredths(unit.area)), developerHeld: unit.developerHeld, ownerIds: [...unit.ownerIds].sort() }));
  return { unitCount: units.length, totalArea: formatHundredths(units.reduce((sum, unit) => sum + areaInHundredths(unit.area), 0n)), totalOwners: countOwners(units) };
}

const refusedRoster = {
  message: "signedRoster is not the registry's roster of this neighborhood signed within the last 10 minutes: read neighborhood { signedOwnersRoster } again and pass it unchanged.",
  path: ['recordOwnersElectorate'],
  extensions: { code: 'BAD_USER_INPUT', field: 'signedRoster' },
};
const refusedCaller = {
  message: "Only the neighborhood's owners' committee in office, or the street office of its street, records its electorate.",
  path: ['recordOwnersElectorate'],
  extensions: { code: 'FORBIDDEN' },
};

describe('recordOwnersElectorate', () => {
  it('refuses forged, altered, old and other-neighborhood rosters, and stores nothing', async () => {
    const { neighborhood } = demoScenario(graph.plan);
    const committee = token(Role.OWNERS_COMMITTEE);
    const genuine = await signedRosterOf(committee, neighborhood.id);
    const place = { neighborhoodId: neighborhood.id, communityId: neighborhood.communityId, streetId: neighborhood.streetId, districtId: neighborhood.districtId };
    const units = [{ unitId: graph.plan.units.find((unit) => unit.neighborhoodId === neighborhood.id)!.id, area: '99999.00', developerHeld: false, ownerIds: [] }];
    const dot = genuine.indexOf('.');
    const altered = `${deflateRawSync(Buffer.from(JSON.stringify([[place.neighborhoodId, place.communityId, place.streetId, place.districtId], units.map((u) => [u.unitId, u.area, u.developerHeld, u.ownerIds])]))).toString('base64url')}${genuine.slice(dot)}`;
    // Signed like the registry, with the owners subgraph's key (which the registry's keys do not hold).
    const facts = [[place.neighborhoodId, place.communityId, place.streetId, place.districtId], [[units[0].unitId, units[0].area, false, []]]];
    const otherKey = `${deflateRawSync(Buffer.from(JSON.stringify(facts))).toString('base64url')}.${issueStatement({ ...SIGNED_OWNERS_ROSTER, issuer: 'owners' }, { subjectId: neighborhood.id, digest: factsDigest(facts) }, testStatementKeys('owners'))}`;
    const old = signOwnersRoster(place, units, testStatementKeys('registry'), Date.now() - SIGNED_ROSTER_LIFETIME_MS - 60_000);
    const neighbor = graph.plan.neighborhoods.find((candidate) => candidate.streetId === neighborhood.streetId && candidate.id !== neighborhood.id)!;
    const otherNeighborhood = await signedRosterOf(streetToken, neighbor.id);
    const before = await rows();
    for (const forged of ['not-a-roster', genuine.slice(0, dot), altered, otherKey, old, otherNeighborhood]) {
      expect((await record(committee, neighborhood.id, forged)).body).toEqual({ data: null, errors: [refusedRoster] });
    }
    // The other neighborhood's genuine roster, under its own id: not this committee's neighborhood.
    expect((await record(committee, neighbor.id, otherNeighborhood)).body).toEqual({ data: null, errors: [refusedCaller] });
    expect(await rows()).toEqual(before);
  });

  it('refuses callers who may not record there, and stores nothing', async () => {
    const { neighborhood } = demoScenario(graph.plan);
    const genuine = await signedRosterOf(token(Role.OWNERS_COMMITTEE), neighborhood.id);
    const before = await rows();
    for (const caller of [otherStreetToken, token(Role.DISTRICT), token(Role.COMMUNITY), token(Role.RESIDENT), token(Role.PROPERTY_COMPANY), token(Role.PARTY_BRANCH)]) {
      expect((await record(caller, neighborhood.id, genuine)).body).toEqual({ data: null, errors: [refusedCaller] });
    }
    expect(await rows()).toEqual(before);
    // Nor does the registry give the signed roster to those who may not read it.
    const byResident = await graph.graphql(READ_SIGNED_ROSTER, { token: token(Role.RESIDENT), variables: { id: neighborhood.id } });
    expect(byResident.body.errors?.[0]).toMatchObject({ message: "Only the neighborhood's owners' committee and area offices may read its owners' roster.", extensions: { code: 'FORBIDDEN' } });
  });

  it("records the committee's electorate once per roster; a retry with the key answers the first; reading records nothing", async () => {
    const { neighborhood } = demoScenario(graph.plan);
    const committee = token(Role.OWNERS_COMMITTEE);
    expect((await graph.graphql(READ, { token: committee, variables: { id: neighborhood.id } })).body).toEqual({ data: { neighborhood: { ownersElectorate: null } } });
    const [snapshots, captures] = await rows();
    const first = await recordElectorate(graph, committee, neighborhood.id, 'electorate-0001');
    expect(first.body).toEqual({ data: { recordOwnersElectorate: { id: expect.any(String), ...demoTotals() } } });
    const id = first.body.data!.recordOwnersElectorate.id;
    expect((await recordElectorate(graph, committee, neighborhood.id, 'electorate-0001')).body).toEqual(first.body);
    expect(await rows()).toEqual([snapshots + (await snapshotIsNew(id)), captures + 1]);
    // Another reading of the same roster: the same snapshot, one more capture.
    expect((await recordElectorate(graph, committee, neighborhood.id)).body).toEqual(first.body);
    expect((await rows())[1]).toBe(captures + 2);
    const read = await graph.graphql(READ, { token: committee, variables: { id: neighborhood.id } });
    expect(read.body).toEqual({ data: { neighborhood: { ownersElectorate: { id, unitCount: demoTotals().unitCount } } } });
    const byStreet = await graph.graphql(READ, { token: streetToken, variables: { id: neighborhood.id } });
    expect(byStreet.body).toEqual(read.body);
    expect((await rows())[1]).toBe(captures + 2);
    const byResident = await graph.graphql(READ, { token: token(Role.RESIDENT), variables: { id: neighborhood.id } });
    expect(byResident.body).toEqual({
      data: { neighborhood: { ownersElectorate: null } },
      errors: [{ message: "Only the neighborhood's owners' committee and the area offices read its electorate.", path: ['neighborhood', 'ownersElectorate'], extensions: { code: 'FORBIDDEN' } }],
    });
  });

  it('lets the street office of its street record it for a neighborhood without a committee (a first assembly), with the place the registry signed', async () => {
    const { neighborhood } = demoScenario(graph.plan);
    const withCommittee = new Set(graph.plan.ownersCommittees.map((committee) => committee.neighborhoodId));
    const first = graph.plan.neighborhoods.find((candidate) => candidate.streetId === neighborhood.streetId && !withCommittee.has(candidate.id))!;
    const response = await recordElectorate(graph, streetToken, first.id, 'street-electorate-01');
    expect(response.body).toEqual({ data: { recordOwnersElectorate: { id: expect.any(String), unitCount: expect.any(Number), totalArea: expect.any(String), totalOwners: expect.any(Number) } } });
    const stored = await db.query('select neighborhood_id, street_id, district_id, recorded_by from owners.electorate_capture where recorded_by = $1', ['own-street']);
    expect(stored.rows).toEqual([{ neighborhood_id: first.id, street_id: first.streetId, district_id: first.districtId, recorded_by: 'own-street' }]);
    // The street reads it back; the same key for another neighborhood is CONFLICT, and stores nothing.
    const read = await graph.graphql(READ, { token: streetToken, variables: { id: first.id } });
    expect(read.body).toEqual({ data: { neighborhood: { ownersElectorate: { id: response.body.data!.recordOwnersElectorate.id, unitCount: response.body.data!.recordOwnersElectorate.unitCount } } } });
    const before = await rows();
    const reused = await recordElectorate(graph, streetToken, neighborhood.id, 'street-electorate-01');
    expect(reused.body).toEqual({
      data: null,
      errors: [{ message: 'This idempotency key was already used for a different request; use a new key.', path: ['recordOwnersElectorate'], extensions: { code: 'CONFLICT' } }],
    });
    expect(await rows()).toEqual(before);
  });
});

/** 1 when the snapshot was written by this suite (the demo seed may have stored the same roster already), else 0. */
async function snapshotIsNew(id: string): Promise<number> {
  return (await db.query("select 1 from owners.electorate_snapshot where id = $1 and recorded_by <> 'demo-seed'", [id])).rowCount ?? 0;
}
