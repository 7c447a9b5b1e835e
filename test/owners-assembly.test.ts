/* eslint-disable max-lines -- an owners' assembly from convening to its resolutions as one scenario (about 360 lines of steps that build on each other), and postponing and cancelling one; each test self-contained on the suite's own copy of the demo district */
import type pg from 'pg';
import { Role } from '../subgraphs/platform/access/role.js';
import { demoScenario } from '../infra/demo/demo-tokens.js';
import { gatewayHeaders, type GraphStack } from './harness/graph-stack.js';
import { ownersSuite } from './harness/owners-suite.js';
import { READ_SIGNED_ROSTER, RECORD_ELECTORATE, recordElectorate } from './harness/owners-electorate.js';
import { testStatementKeys } from './harness/test-keys.js';
import { readSignedOwnersRoster } from '../subgraphs/platform/governance/owners-roster.js';
import { areaInHundredths, countOwners, formatHundredths, tallyMotion, type BallotChoice, type ElectorateUnit } from '../subgraphs/owners/src/tally/tally.js';
import { CIVIL_CODE_THRESHOLDS } from '../subgraphs/owners/src/tally/thresholds.js';
import { planOwnersCommittees } from '../subgraphs/owners/seeders/owners.seeder.js';
import { step } from './harness/scenario.js';
import { countOwnersRows } from './harness/owners-rows.js';

let graph: GraphStack;
let db: pg.Client;
ownersSuite((opened) => ({ graph, db } = opened));

const DAY = 24 * 3600 * 1000;
/** An instant `offset` days from now by the graph's clock (which the tests move). */
const day = (offset: number) => new Date(graph.clock.now().getTime() + offset * DAY).toISOString();
const token = (role: Role) => graph.tokens.get(role)!;
/** Rows of an owners table written by the tests, or those matching `where` (countOwnersRows). */
const count = (table: string, where?: string) => countOwnersRows(db, table, where);
/** Ids of the resolutions the demo seed recorded for the governance plan's matters. */
const seededResolutions = async () => new Set<string>((await db.query("select id from owners.resolution where recorded_by = 'demo-seed'")).rows.map((row) => row.id));

/** A neighborhood's electorate (the demo one's unless told) as the plan defines it, canonical as the snapshot stores it. */
function planElectorate(neighborhoodId = demoScenario(graph.plan).neighborhood.id): ElectorateUnit[] {
  return graph.plan.units
    .filter((unit) => unit.neighborhoodId === neighborhoodId)
    .map((unit) => ({ unitId: unit.id, area: formatHundredths(areaInHundredths(unit.area)), developerHeld: unit.developerHeld, ownerIds: [...unit.ownerIds].sort() }))
    .sort((a, b) => (a.unitId < b.unitId ? -1 : 1));
}

const CONVENE = `mutation($input: ConveneOwnersAssemblyInput!) {
  conveneOwnersAssembly(input: $input) { id title form electorate { unitCount } motions { id position category status } }
}`;
const CAST = `mutation($input: CastOwnersBallotInput!) { castOwnersBallot(input: $input) { id choice channel proxyName unit { id } } }`;
const CLOSE = `mutation($id: ID!) { closeOwnersMotion(motionId: $id) {
  id outcome category special totalArea totalOwners participatingArea participatingOwners approvingArea approvingOwners quorumMet
  quorumThreshold { numerator denominator inclusive } approvalThreshold { numerator denominator inclusive } recordedBy
} }`;
/**
 * The committees in office (the seed stores those of five members or more) other than the demo one. The file's tests
 * run in any order, so a test that writes assemblies outside the demo scenario does so in one of these.
 */
const otherCommitteesInOffice = () =>
  planOwnersCommittees(graph.plan).filter((committee) => committee.members.length >= 5 && committee.neighborhoodId !== demoScenario(graph.plan).neighborhood.id);
/** The committee the postponing tests convene with: in the demo street, and none of whose owners is the demo resident (whose motions to vote stay the scenario's). */
const postponingCommittee = () => {
  const { neighborhood, resident } = demoScenario(graph.plan);
  return otherCommitteesInOffice().find(
    (committee) =>
      graph.plan.neighborhoods.find((candidate) => candidate.id === committee.neighborhoodId)!.streetId === neighborhood.streetId &&
      !planElectorate(committee.neighborhoodId).some((unit) => unit.ownerIds.includes(resident.id)),
  )!;
};
const committeeToken = (committee: { id: string; neighborhoodId: string }) =>
  graph.issuer.issue(`committee-${committee.id}`, { role: Role.OWNERS_COMMITTEE, org: committee.id, grant: { neighborhoodIds: [committee.neighborhoodId] } });

const FUND = `mutation($input: RecordOwnersFundEntryInput!) { recordOwnersFundEntry(input: $input) { kind amount purpose emergencyReason } }`;

function expectedResolution(electorate: ElectorateUnit[], ballots: Map<string, BallotChoice>, category: string, special: boolean) {
  const tally = tallyMotion(electorate, ballots, special ? 'SPECIAL' : 'ORDINARY', CIVIL_CODE_THRESHOLDS);
  return {
    outcome: tally.outcome,
    category,
    special,
    totalArea: formatHundredths(tally.totalArea),
    totalOwners: tally.totalOwners,
    participatingArea: formatHundredths(tally.participatingArea),
    participatingOwners: tally.participatingOwners,
    approvingArea: formatHundredths(tally.approvingArea),
    approvingOwners: tally.approvingOwners,
    quorumMet: tally.quorumMet,
    quorumThreshold: { numerator: 2, denominator: 3, inclusive: true },
    approvalThreshold: special ? { numerator: 3, denominator: 4, inclusive: true } : { numerator: 1, denominator: 2, inclusive: false },
    recordedBy: 'demo-owners-committee',
  };
}

describe("an owners' assembly through the gateway", () => {
  it('is convened on a recorded electorate, voted, closed by law, published and corrected, each step refused to whoever may not take it', async () => {
    let motions: { id: string; position: number; category: string }[];
    let meetsOn: string;
    let resolutionIds: string[];
    const electorate = () => planElectorate();

    await step('refuses to convene before the electorate is recorded, and stores nothing', async () => {
      // Other tests of the file record the demo neighborhood's electorate, in any order: this step convenes in a
      // neighborhood whose electorate nobody has recorded.
      const recorded = new Set((await db.query('select neighborhood_id from owners.electorate_capture')).rows.map((row) => row.neighborhood_id as string));
      const unrecorded = otherCommitteesInOffice().find((committee) => committee.id !== postponingCommittee().id && !recorded.has(committee.neighborhoodId))!;
      const response = await graph.graphql(CONVENE, {
        token: await committeeToken(unrecorded),
        variables: { input: { title: '2026年第一次业主大会', form: 'ONLINE', meetsOn: day(20), motions: [{ title: '续聘物业', category: 'HIRE_OR_DISMISS_PROPERTY_COMPANY' }] } },
      });
      expect(response.body.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, path: ['conveneOwnersAssembly'] });
      expect(await count('owners_assembly', `neighborhood_id = '${unrecorded.neighborhoodId}' and recorded_by <> 'demo-seed'`)).toBe(0);
    });

    await step("records the electorate from the registry's signed roster: only the neighborhood's own committee", async () => {
      const { neighborhood } = demoScenario(graph.plan);
      const units = electorate();
      const expected = {
        id: expect.any(String),
        unitCount: units.length,
        totalArea: formatHundredths(units.reduce((sum, unit) => sum + areaInHundredths(unit.area), 0n)),
        totalOwners: countOwners(units),
      };
      const response = await recordElectorate(graph, token(Role.OWNERS_COMMITTEE), neighborhood.id);
      expect(response.body).toEqual({ data: { recordOwnersElectorate: expected } });
      // The same roster again is stored once.
      await recordElectorate(graph, token(Role.OWNERS_COMMITTEE), neighborhood.id);
      // One snapshot of the neighborhood's roster (the demo seed's, when its governance decisions already recorded it).
      expect(await count('electorate_snapshot', `neighborhood_id = '${neighborhood.id}'`)).toBe(1);
      const roster = (await graph.graphql<{ neighborhood: { signedOwnersRoster: string } }>(READ_SIGNED_ROSTER, { token: token(Role.OWNERS_COMMITTEE), variables: { id: neighborhood.id } })).body.data!.neighborhood.signedOwnersRoster;
      const input = { neighborhoodId: neighborhood.id, signedRoster: roster };
      const byResident = await graph.graphql(RECORD_ELECTORATE, { token: token(Role.RESIDENT), variables: { input } });
      expect(byResident.body.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      const byCompany = await graph.graphql(RECORD_ELECTORATE, { token: token(Role.PROPERTY_COMPANY), variables: { input } });
      expect(byCompany.body).toEqual({
        data: null,
        errors: [{ message: "Only the neighborhood's owners' committee in office, or the street office of its street, records its electorate.", path: ['recordOwnersElectorate'], extensions: { code: 'FORBIDDEN' } }],
      });
      expect(await count('electorate_snapshot', `neighborhood_id = '${neighborhood.id}'`)).toBe(1);
    });

    await step("keeps the registry's roster from roles that may not read it, and signs it for those who may", async () => {
      const { neighborhood } = demoScenario(graph.plan);
      const byCompany = await graph.graphql(READ_SIGNED_ROSTER, { token: token(Role.PROPERTY_COMPANY), variables: { id: neighborhood.id } });
      expect(byCompany.body.errors?.[0]).toMatchObject({
        message: "Only the neighborhood's owners' committee and area offices may read its owners' roster.",
        extensions: { code: 'FORBIDDEN' },
      });
      const byCommittee = await graph.graphql<{ neighborhood: { signedOwnersRoster: string } }>(READ_SIGNED_ROSTER, { token: token(Role.OWNERS_COMMITTEE), variables: { id: neighborhood.id } });
      const { units } = readSignedOwnersRoster(byCommittee.body.data!.neighborhood.signedOwnersRoster, neighborhood.id, testStatementKeys('owners'));
      expect(units.map((unit) => ({ ...unit, area: formatHundredths(areaInHundredths(unit.area)), ownerIds: [...unit.ownerIds].sort() })).sort((a, b) => (a.unitId < b.unitId ? -1 : 1))).toEqual(electorate());
    });

    await step('refuses less than 15 days of notice, and stores nothing', async () => {
      const { neighborhood } = demoScenario(graph.plan);
      const response = await graph.graphql(CONVENE, {
        token: token(Role.OWNERS_COMMITTEE),
        variables: { input: { title: '临时会议', form: 'ON_SITE', meetsOn: day(14), motions: [{ title: '续聘物业', category: 'HIRE_OR_DISMISS_PROPERTY_COMPANY' }] } },
      });
      expect(response.body).toEqual({
        data: null,
        errors: [
          {
            message: "An owners' assembly meets at least 15 days after its notice, which is given when it is convened or postponed (now, by the server's clock); set meetsOn at least 15 days from now.",
            path: ['conveneOwnersAssembly'],
            extensions: { code: 'BAD_USER_INPUT', field: 'meetsOn' },
          },
        ],
      });
      expect(await count('owners_assembly', `neighborhood_id = '${neighborhood.id}' and recorded_by <> 'demo-seed'`)).toBe(0);
    });

    await step('convenes an assembly with its agenda', async () => {
      meetsOn = day(15.01);
      const response = await graph.graphql<{ conveneOwnersAssembly: { motions: typeof motions } }>(CONVENE, {
        token: token(Role.OWNERS_COMMITTEE),
        variables: {
          input: {
            title: '2026年第一次业主大会',
            form: 'WRITTEN',
            meetsOn,
            motions: [
              { title: '使用维修资金更换电梯', category: 'USE_MAINTENANCE_FUND' },
              { title: '续筹维修资金', category: 'RAISE_MAINTENANCE_FUND' },
              { title: '修改管理规约', category: 'MANAGEMENT_COVENANT' },
            ],
          },
        },
      });
      expect(response.body.errors).toBeUndefined();
      motions = response.body.data!.conveneOwnersAssembly.motions;
      expect(response.body.data!.conveneOwnersAssembly).toMatchObject({
        title: '2026年第一次业主大会',
        form: 'WRITTEN',
        electorate: { unitCount: electorate().length },
        motions: [
          { position: 1, category: 'USE_MAINTENANCE_FUND', status: 'OPEN' },
          { position: 2, category: 'RAISE_MAINTENANCE_FUND', status: 'OPEN' },
          { position: 3, category: 'MANAGEMENT_COVENANT', status: 'OPEN' },
        ],
      });
    });

    await step('shows a resident the open motions they may vote on and their units', async () => {
      const { resident } = demoScenario(graph.plan);
      const mine = electorate().filter((unit) => unit.ownerIds.includes(resident.id)).map((unit) => ({ id: unit.unitId }));
      const response = await graph.graphql(`{ ownersMotionsToVote { id myVotableUnits { id } } }`, { token: token(Role.RESIDENT) });
      expect(response.body).toEqual({ data: { ownersMotionsToVote: motions.map((motion) => ({ id: motion.id, myVotableUnits: mine })) } });
      const byCompany = await graph.graphql(`{ ownersMotionsToVote { id } }`, { token: token(Role.PROPERTY_COMPANY) });
      expect(byCompany.body).toEqual({ data: { ownersMotionsToVote: [] } });
    });

    await step('refuses ballots and closing before the assembly meets, by the server clock, and stores nothing', async () => {
      const { ownedUnit } = demoScenario(graph.plan);
      const early = await graph.graphql(CAST, {
        token: token(Role.RESIDENT),
        variables: { input: { motionId: motions[0].id, unitId: ownedUnit.id, choice: 'FOR', idempotencyKey: 'too-early-0001' } },
      });
      expect(early.body).toEqual({
        data: null,
        errors: [
          {
            message: `Voting on this motion opens when the assembly meets (${new Date(meetsOn).toISOString()}); no ballot is accepted before then.`,
            path: ['castOwnersBallot'],
            extensions: { code: 'CONFLICT' },
          },
        ],
      });
      const closing = await graph.graphql(CLOSE, { token: token(Role.OWNERS_COMMITTEE), variables: { id: motions[0].id } });
      expect(closing.body).toEqual({
        data: null,
        errors: [{ message: `This motion cannot be closed before its assembly meets (${new Date(meetsOn).toISOString()}).`, path: ['closeOwnersMotion'], extensions: { code: 'CONFLICT' } }],
      });
      expect(await count('owners_ballot')).toBe(0);
      expect(await count('resolution')).toBe(0);
      // The meeting starts: the graph's clock moves 16 days on.
      graph.clock.advance('16d');
    });

    await step('lets a resident vote only for units they own; a retry returns the first ballot; a second ballot is CONFLICT', async () => {
      const { ownedUnit, resident } = demoScenario(graph.plan);
      const input = { motionId: motions[0].id, unitId: ownedUnit.id, choice: 'FOR', idempotencyKey: 'resident-key-0001' };
      const first = await graph.graphql<{ castOwnersBallot: { id: string } }>(CAST, { token: token(Role.RESIDENT), variables: { input } });
      expect(first.body).toEqual({
        data: { castOwnersBallot: { id: expect.any(String), choice: 'FOR', channel: 'RESIDENT', proxyName: null, unit: { id: ownedUnit.id } } },
      });
      const retry = await graph.graphql(CAST, { token: token(Role.RESIDENT), variables: { input } });
      expect(retry.body).toEqual(first.body);

      const again = await graph.graphql(CAST, { token: token(Role.RESIDENT), variables: { input: { ...input, choice: 'AGAINST', idempotencyKey: 'resident-key-0002' } } });
      expect(again.body).toEqual({
        data: null,
        errors: [
          {
            message: 'This unit has already voted on this motion; a ballot cannot be changed.',
            path: ['castOwnersBallot'],
            extensions: { code: 'CONFLICT', field: 'unitId' },
          },
        ],
      });

      const notOwned = electorate().find((unit) => !unit.ownerIds.includes(resident.id))!;
      const foreign = await graph.graphql(CAST, {
        token: token(Role.RESIDENT),
        variables: { input: { ...input, unitId: notOwned.unitId, idempotencyKey: 'resident-key-0003' } },
      });
      expect(foreign.body).toEqual({
        data: null,
        errors: [{ message: 'You may vote only for units you own.', path: ['castOwnersBallot'], extensions: { code: 'FORBIDDEN', field: 'unitId' } }],
      });
      expect(await count('owners_ballot')).toBe(1);
    });

    await step('records exactly one ballot from 20 concurrent submissions of the same ballot', async () => {
      const unit = electorate().find((candidate) => candidate.unitId !== demoScenario(graph.plan).ownedUnit.id)!;
      const input = { motionId: motions[0].id, unitId: unit.unitId, choice: 'FOR', idempotencyKey: 'paper-concurrent-01' };
      const responses = await Promise.all(
        Array.from({ length: 20 }, () => graph.graphql<{ castOwnersBallot: { id: string } }>(CAST, { token: token(Role.OWNERS_COMMITTEE), variables: { input } })),
      );
      const ids = new Set(responses.map((response) => response.body.data?.castOwnersBallot.id));
      expect(responses.every((response) => response.body.errors === undefined)).toBe(true);
      expect(ids.size).toBe(1);
      expect((await db.query("select count(*) as n from owners.owners_ballot where unit_id = $1 and recorded_by <> 'demo-seed'", [unit.unitId])).rows[0].n).toBe('1');
    });

    await step('requires a proxy name exactly for proxy ballots', async () => {
      const unit = electorate()[electorate().length - 1];
      const response = await graph.graphql(CAST, {
        token: token(Role.OWNERS_COMMITTEE),
        variables: { input: { motionId: motions[2].id, unitId: unit.unitId, choice: 'FOR', idempotencyKey: 'proxy-without-name', channel: 'PROXY' } },
      });
      expect(response.body.errors?.[0]).toMatchObject({ message: 'A PROXY ballot names its proxy, and only a PROXY ballot does.', extensions: { code: 'BAD_USER_INPUT' } });
      const proxy = await graph.graphql(CAST, {
        token: token(Role.OWNERS_COMMITTEE),
        variables: { input: { motionId: motions[2].id, unitId: unit.unitId, choice: 'FOR', idempotencyKey: 'proxy-with-name-1', channel: 'PROXY', proxyName: '李受托' } },
      });
      expect(proxy.body.data).toEqual({ castOwnersBallot: { id: expect.any(String), choice: 'FOR', channel: 'PROXY', proxyName: '李受托', unit: { id: unit.unitId } } });
    });

    await step('closes motions with the tally by law: PASSED (ordinary), FAILED (special below 3/4), NO_QUORUM', async () => {
      const units = electorate();
      const cast = async (motionId: string, unitId: string, choice: BallotChoice) => {
        const response = await graph.graphql(CAST, {
          token: token(Role.OWNERS_COMMITTEE),
          variables: { input: { motionId, unitId, choice, idempotencyKey: `paper-${motionId.slice(0, 8)}-${unitId.slice(0, 18)}` } },
        });
        expect(response.body.errors).toBeUndefined();
      };
      // Motion 1 (ordinary): every remaining unit votes FOR.
      const first = new Map<string, BallotChoice>((await db.query('select unit_id, choice from owners.owners_ballot where motion_id = $1', [motions[0].id])).rows.map((row) => [row.unit_id, row.choice]));
      for (const unit of units) {
        if (first.has(unit.unitId)) continue;
        await cast(motions[0].id, unit.unitId, 'FOR');
        first.set(unit.unitId, 'FOR');
      }
      // Motion 2 (special): everyone votes, about 70% of units FOR — a majority, not 3/4.
      const second = new Map<string, BallotChoice>();
      units.forEach((unit, index) => second.set(unit.unitId, index * 10 < units.length * 7 ? 'FOR' : 'AGAINST'));
      for (const [unitId, choice] of second) await cast(motions[1].id, unitId, choice);
      // Motion 3: only the proxy ballot — no quorum.
      const third = new Map<string, BallotChoice>([[units[units.length - 1].unitId, 'FOR']]);

      const closed = await Promise.all(motions.map((motion) => graph.graphql<{ closeOwnersMotion: Record<string, unknown> }>(CLOSE, { token: token(Role.OWNERS_COMMITTEE), variables: { id: motion.id } })));
      const expected = [
        expectedResolution(units, first, 'USE_MAINTENANCE_FUND', false),
        expectedResolution(units, second, 'RAISE_MAINTENANCE_FUND', true),
        expectedResolution(units, third, 'MANAGEMENT_COVENANT', false),
      ];
      expect(expected.map((resolution) => resolution.outcome)).toEqual(['PASSED', 'FAILED', 'NO_QUORUM']);
      expect(closed.map((response) => response.body)).toEqual(expected.map((resolution) => ({ data: { closeOwnersMotion: { id: expect.any(String), ...resolution } } })));
      resolutionIds = closed.map((response) => response.body.data!.closeOwnersMotion.id as string);
    });


    await step('refuses a second close and any ballot after closing', async () => {
      const again = await graph.graphql(CLOSE, { token: token(Role.OWNERS_COMMITTEE), variables: { id: motions[0].id } });
      expect(again.body.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, path: ['closeOwnersMotion'] });
      const late = await graph.graphql(CAST, {
        token: token(Role.OWNERS_COMMITTEE),
        variables: { input: { motionId: motions[2].id, unitId: electorate()[0].unitId, choice: 'FOR', idempotencyKey: 'late-ballot-0001' } },
      });
      expect(late.body.errors?.[0]).toMatchObject({ message: 'This motion is closed; no more ballots are accepted.', extensions: { code: 'CONFLICT' } });
      expect(await count('resolution')).toBe(3);
    });

    await step('keeps ballots and resolutions immutable even to SQL from the owners schema\'s owner role', async () => {
      await expect(db.query("update owners.owners_ballot set choice = 'AGAINST'")).rejects.toThrow('recorded rows are immutable');
      await expect(db.query('delete from owners.owners_ballot')).rejects.toThrow('recorded rows are immutable');
      await expect(db.query("update owners.resolution set outcome = 'PASSED'")).rejects.toThrow('recorded rows are immutable');
      await expect(db.query('delete from owners.resolution')).rejects.toThrow('recorded rows are immutable');
      await expect(db.query('truncate owners.resolution cascade')).rejects.toThrow('recorded rows are immutable');
      expect((await db.query("select outcome from owners.resolution where recorded_by <> 'demo-seed' order by outcome")).rows.map((row) => row.outcome)).toEqual(['PASSED', 'FAILED', 'NO_QUORUM']);
    });

    await step('refuses fund entries without a passing resolution of the right category, and records one with it', async () => {
      const base = { kind: 'MAINTENANCE_FUND_USE', amount: '86000.00', purpose: '3号楼电梯更换' };
      const failed = await graph.graphql(FUND, { token: token(Role.OWNERS_COMMITTEE), variables: { input: { ...base, resolutionId: resolutionIds[1] } } });
      expect(failed.body.errors?.[0]).toMatchObject({ message: 'The resolution did not pass (FAILED).', extensions: { code: 'BAD_USER_INPUT' } });
      const neither = await graph.graphql(FUND, { token: token(Role.OWNERS_COMMITTEE), variables: { input: base } });
      expect(neither.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'resolutionId' } });
      const income = await graph.graphql(FUND, {
        token: token(Role.OWNERS_COMMITTEE),
        variables: { input: { kind: 'PUBLIC_REVENUE_INCOME', amount: '1200.00', purpose: '电梯广告', resolutionId: resolutionIds[0] } },
      });
      expect(income.body.errors?.[0]).toMatchObject({
        message: 'A PUBLIC_REVENUE_INCOME entry needs a resolution on CHANGE_COMMON_PARTS_USE; this one is on USE_MAINTENANCE_FUND.',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      expect(await count('owners_fund_entry')).toBe(0);

      const passed = await graph.graphql(FUND, { token: token(Role.OWNERS_COMMITTEE), variables: { input: { ...base, resolutionId: resolutionIds[0] } } });
      expect(passed.body).toEqual({ data: { recordOwnersFundEntry: { ...base, emergencyReason: null } } });
      const emergency = await graph.graphql(FUND, {
        token: token(Role.OWNERS_COMMITTEE),
        variables: { input: { ...base, amount: '3000.00', emergencyReason: '2号楼屋面漏水危及安全，应急维修' } },
      });
      expect(emergency.body.errors).toBeUndefined();
      expect(await count('owners_fund_entry')).toBe(2);
    });

    await step('publishes a resolution once; the property company then reads it, and only published ones', async () => {
      const { neighborhood } = demoScenario(graph.plan);
      const publish = `mutation($input: PublishResolutionInput!) { publishResolution(input: $input) { onTime place recordedBy } }`;
      const published = await graph.graphql(publish, { token: token(Role.OWNERS_COMMITTEE), variables: { input: { resolutionId: resolutionIds[0], place: '小区公告栏及业主群' } } });
      expect(published.body).toEqual({ data: { publishResolution: { onTime: true, place: '小区公告栏及业主群', recordedBy: 'demo-owners-committee' } } });
      const twice = await graph.graphql(publish, { token: token(Role.OWNERS_COMMITTEE), variables: { input: { resolutionId: resolutionIds[0], place: '再次' } } });
      expect(twice.body.errors?.[0]).toMatchObject({ message: 'This resolution has already been published.', extensions: { code: 'CONFLICT' } });

      const list = `query($id: ID!) { neighborhood(id: $id) { resolutions { id outcome publication { onTime } } } }`;
      // The demo seed's decisions (all published) are left out of what these tests recorded.
      const seeded = await seededResolutions();
      const ours = <T extends { id: string }>(nodes: T[]) => nodes.filter((node) => !seeded.has(node.id));
      const byCompany = await graph.graphql<{ neighborhood: { resolutions: { id: string }[] } }>(list, { token: token(Role.PROPERTY_COMPANY), variables: { id: neighborhood.id } });
      expect(ours(byCompany.body.data!.neighborhood.resolutions)).toEqual([{ id: resolutionIds[0], outcome: 'PASSED', publication: { onTime: true } }]);
      const byStreet = await graph.graphql<{ neighborhood: { resolutions: { id: string }[] } }>(list, { token: token(Role.STREET), variables: { id: neighborhood.id } });
      const streetSees = demoScenario(graph.plan).street.id === neighborhood.streetId ? 3 : 0;
      expect(ours(byStreet.body.data?.neighborhood.resolutions ?? [])).toHaveLength(streetSees);
      const page = await graph.graphql<{ resolutions: { totalCount: number; nodes: { id: string }[] } }>(`{ resolutions(first: 20) { totalCount nodes { id } } }`, { token: token(Role.PROPERTY_COMPANY) });
      expect(ours(page.body.data!.resolutions.nodes)).toEqual([{ id: resolutionIds[0] }]);
      expect(page.body.data!.resolutions.totalCount).toBe(page.body.data!.resolutions.nodes.length);
      const byDistrict = await graph.graphql<{ resolutions: { totalCount: number; nodes: { id: string; title: string }[] } }>(
        `{ resolutions(first: 20, filter: { outcome: FAILED }) { totalCount nodes { id title } } }`,
        { token: token(Role.DISTRICT) },
      );
      expect(ours(byDistrict.body.data!.resolutions.nodes)).toEqual([{ id: resolutionIds[1], title: '续筹维修资金' }]);
      expect(byDistrict.body.data!.resolutions.totalCount).toBe(byDistrict.body.data!.resolutions.nodes.length);
      const byJointUnit = await graph.graphql(`{ resolutions(first: 10) { totalCount nodes { id } } }`, { token: token(Role.JOINT_UNIT) });
      expect(byJointUnit.body).toEqual({ data: { resolutions: { totalCount: 0, nodes: [] } } });
      const unpublished = await graph.graphql(`query($id: ID!) { resolution(id: $id) { id } }`, { token: token(Role.PROPERTY_COMPANY), variables: { id: resolutionIds[1] } });
      expect(unpublished.body.errors?.[0]).toMatchObject({ message: `No Resolution with id "${resolutionIds[1]}" is visible to you.`, extensions: { code: 'NOT_FOUND' } });
      const byResident = await graph.graphql(`query($id: ID!) { resolution(id: $id) { id outcome } }`, { token: token(Role.RESIDENT), variables: { id: resolutionIds[0] } });
      expect(byResident.body).toEqual({ data: { resolution: { id: resolutionIds[0], outcome: 'PASSED' } } });
    });

    await step('lets no other committee write here: it cannot close, vote or publish', async () => {
      const { neighborhood } = demoScenario(graph.plan);
      const other = graph.plan.ownersCommittees.find((committee) => committee.neighborhoodId !== neighborhood.id)!;
      const otherToken = await graph.issuer.issue('other-committee', { role: Role.OWNERS_COMMITTEE, org: other.id, grant: { neighborhoodIds: [other.neighborhoodId] } });
      const close = await graph.graphql(CLOSE, { token: otherToken, variables: { id: motions[2].id } });
      expect(close.body.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
      // A committee token whose grant names this neighborhood but acts for another committee gains nothing.
      const forged = await graph.issuer.issue('forged-committee', { role: Role.OWNERS_COMMITTEE, org: other.id, grant: { neighborhoodIds: [neighborhood.id] } });
      const vote = await graph.graphql(CAST, {
        token: forged,
        variables: { input: { motionId: motions[2].id, unitId: electorate()[1].unitId, choice: 'FOR', idempotencyKey: 'forged-key-0001' } },
      });
      expect(vote.body.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
      expect(await count('resolution_publication')).toBe(1);
    });

    await step('records a correction as a new resolution naming the old one, which stays unchanged', async () => {
      const CORRECT = `mutation($input: CorrectResolutionInput!) { correctResolution(input: $input) { id correctsId correctionReason outcome participatingOwners } }`;
      const input = { resolutionId: resolutionIds[2], reason: '登记面积更正后重新计票' };
      const corrected = await graph.graphql<{ correctResolution: { id: string } }>(CORRECT, { token: token(Role.OWNERS_COMMITTEE), variables: { input } });
      expect(corrected.body).toEqual({
        data: { correctResolution: { id: expect.any(String), correctsId: resolutionIds[2], correctionReason: '登记面积更正后重新计票', outcome: 'NO_QUORUM', participatingOwners: 1 } },
      });
      const again = await graph.graphql(CORRECT, { token: token(Role.OWNERS_COMMITTEE), variables: { input } });
      expect(again.body.errors?.[0]).toMatchObject({ message: 'This resolution has already been corrected; correct the latest one.', extensions: { code: 'CONFLICT' } });
      const motion = await graph.graphql(`query($id: ID!) { ownersMotion(id: $id) { status resolution { id } } }`, { token: token(Role.OWNERS_COMMITTEE), variables: { id: motions[2].id } });
      expect(motion.body).toEqual({ data: { ownersMotion: { status: 'CLOSED', resolution: { id: corrected.body.data!.correctResolution.id } } } });
      expect(await count('resolution')).toBe(4);
    });

    await step('resolves entity references with the same access checks', async () => {
      const query = { query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Resolution { id outcome } } }', variables: { r: [{ __typename: 'Resolution', id: resolutionIds[1] }] } };
      const byCommittee = await graph.subgraphRequest('owners', query, gatewayHeaders('owners', token(Role.OWNERS_COMMITTEE)));
      expect(byCommittee.body).toEqual({ data: { _entities: [{ id: resolutionIds[1], outcome: 'FAILED' }] } });
      const byCompany = await graph.subgraphRequest('owners', query, gatewayHeaders('owners', token(Role.PROPERTY_COMPANY)));
      expect(byCompany.body.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });

      const { committee } = demoScenario(graph.plan);
      const committeeQuery = { query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on OwnersCommittee { id } } }', variables: { r: [{ __typename: 'OwnersCommittee', id: committee.id }] } };
      expect((await graph.subgraphRequest('owners', committeeQuery, gatewayHeaders('owners', token(Role.OWNERS_COMMITTEE)))).body).toEqual({ data: { _entities: [{ id: committee.id }] } });
      const byJointUnit = await graph.subgraphRequest('owners', committeeQuery, gatewayHeaders('owners', token(Role.JOINT_UNIT)));
      expect(byJointUnit.body.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    });
  });
});

describe("postponing and cancelling an assembly (延期、取消)", () => {
  const NOTICES = 'id status noticeOn meetsOn notices { kind meetsOn reason recordedAt }';
  const POSTPONE = `mutation($input: PostponeOwnersAssemblyInput!) { postponeOwnersAssembly(input: $input) { ${NOTICES} } }`;
  const CANCEL = `mutation($input: CancelOwnersAssemblyInput!) { cancelOwnersAssembly(input: $input) { ${NOTICES} } }`;
  // In a neighborhood of its own (postponingCommittee), so that the demo neighborhood's assemblies and motions stay
  // the scenario's whatever the order. Any assembly needs the electorate recorded; this describe records it itself.
  let committeeOffice: string;
  beforeAll(async () => {
    committeeOffice = await committeeToken(postponingCommittee());
    expect((await recordElectorate(graph, committeeOffice, postponingCommittee().neighborhoodId)).body.errors).toBeUndefined();
  });

  it('records each notice with its reason; a new date restarts the 15 days; a cancelled assembly takes no ballots', async () => {
    const conveneAt = graph.clock.now();
    const firstDate = day(20);
    const convened = await graph.graphql<{ conveneOwnersAssembly: { id: string; motions: { id: string }[] } }>(CONVENE, {
      token: committeeOffice,
      variables: { input: { title: '临时业主大会', form: 'ON_SITE', meetsOn: firstDate, motions: [{ title: '增设充电桩', category: 'CHANGE_COMMON_PARTS_USE' }] } },
    });
    expect(convened.body.errors).toBeUndefined();
    const assemblyId = convened.body.data!.conveneOwnersAssembly.id;
    graph.clock.advance('5d');
    const postponeAt = graph.clock.now();
    // 15 days from the first notice is not enough: the new notice, given now, starts the 15 days again.
    const short = await graph.graphql(POSTPONE, { token: committeeOffice, variables: { input: { assemblyId, meetsOn: day(14), reason: '场地冲突' } } });
    expect(short.body).toEqual({
      data: null,
      errors: [
        {
          message: "An owners' assembly meets at least 15 days after its notice, which is given when it is convened or postponed (now, by the server's clock); set meetsOn at least 15 days from now.",
          path: ['postponeOwnersAssembly'],
          extensions: { code: 'BAD_USER_INPUT', field: 'meetsOn' },
        },
      ],
    });
    const newDate = day(16);
    const byOther = await graph.graphql(POSTPONE, { token: token(Role.STREET), variables: { input: { assemblyId, meetsOn: newDate, reason: '场地冲突' } } });
    expect(byOther.body.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const postponed = await graph.graphql<{ postponeOwnersAssembly: { noticeOn: string; notices: { recordedAt: string }[] } }>(POSTPONE, {
      token: committeeOffice,
      variables: { input: { assemblyId, meetsOn: newDate, reason: '场地冲突' } },
    });
    expect(postponed.body.errors).toBeUndefined();
    const after = postponed.body.data!.postponeOwnersAssembly;
    expect(Date.parse(after.noticeOn) - postponeAt.getTime()).toBeGreaterThanOrEqual(0);
    expect(Date.parse(after.noticeOn) - postponeAt.getTime()).toBeLessThan(60_000);
    expect(after).toEqual({
      id: assemblyId,
      status: 'CONVENED',
      noticeOn: after.noticeOn,
      meetsOn: newDate,
      notices: [
        { kind: 'CONVENED', meetsOn: firstDate, reason: null, recordedAt: expect.any(String) },
        { kind: 'POSTPONED', meetsOn: newDate, reason: '场地冲突', recordedAt: after.noticeOn },
      ],
    });
    expect(Date.parse(after.notices[0].recordedAt) - conveneAt.getTime()).toBeLessThan(60_000);

    const cancelled = await graph.graphql<{ cancelOwnersAssembly: { notices: unknown[] } }>(CANCEL, {
      token: committeeOffice,
      variables: { input: { assemblyId, reason: '业主意见分歧，另行协商' } },
    });
    expect(cancelled.body.data!.cancelOwnersAssembly).toMatchObject({ status: 'CANCELLED', meetsOn: newDate, notices: [{ kind: 'CONVENED' }, { kind: 'POSTPONED' }, { kind: 'CANCELLED', meetsOn: null, reason: '业主意见分歧，另行协商' }] });
    const again = await graph.graphql(CANCEL, { token: committeeOffice, variables: { input: { assemblyId, reason: '重复操作' } } });
    expect(again.body.errors).toEqual([{ message: 'This assembly has been cancelled; convene a new one.', path: ['cancelOwnersAssembly'], extensions: { code: 'CONFLICT' } }]);

    // Even once its date has come, a cancelled assembly's motion takes no ballot and is not closed.
    graph.clock.advance('17d');
    const motionId = convened.body.data!.conveneOwnersAssembly.motions[0].id;
    const unit = planElectorate(postponingCommittee().neighborhoodId)[0];
    const ballot = await graph.graphql(CAST, { token: committeeOffice, variables: { input: { motionId, unitId: unit.unitId, choice: 'FOR', idempotencyKey: 'cancelled-0001' } } });
    expect(ballot.body.errors).toEqual([{ message: 'This assembly has been cancelled; its motions accept no ballots.', path: ['castOwnersBallot'], extensions: { code: 'CONFLICT' } }]);
    const close = await graph.graphql(CLOSE, { token: committeeOffice, variables: { id: motionId } });
    expect(close.body.errors).toEqual([{ message: 'This assembly has been cancelled; its motions are not decided.', path: ['closeOwnersMotion'], extensions: { code: 'CONFLICT' } }]);
    // The notices are append-only.
    await expect(db.query('update owners.owners_assembly_notice set reason = null')).rejects.toThrow('recorded rows are immutable');
  });

  it('refuses postponing an assembly that has met', async () => {
    const convened = await graph.graphql<{ conveneOwnersAssembly: { id: string } }>(CONVENE, {
      token: committeeOffice,
      variables: { input: { title: '例会', form: 'WRITTEN', meetsOn: day(15.5), motions: [{ title: '其他事项', category: 'OTHER_MAJOR_MATTER' }] } },
    });
    const assemblyId = convened.body.data!.conveneOwnersAssembly.id;
    const meetsOn = (await graph.graphql<{ ownersAssembly: { meetsOn: string } }>('query($id: ID!) { ownersAssembly(id: $id) { meetsOn } }', { token: committeeOffice, variables: { id: assemblyId } })).body.data!.ownersAssembly.meetsOn;
    graph.clock.advance('16d');
    const late = await graph.graphql(POSTPONE, { token: committeeOffice, variables: { input: { assemblyId, meetsOn: day(20), reason: '补充材料' } } });
    expect(late.body.errors).toEqual([{ message: `This assembly met at ${meetsOn}; it can no longer be postponed or cancelled.`, path: ['postponeOwnersAssembly'], extensions: { code: 'CONFLICT' } }]);
  });
});
