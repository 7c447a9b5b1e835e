/* eslint-disable max-lines -- reading back every record an owners' ballot leaves (ballots, counts, lists, the ledger): one file per feature, each test self-contained on the suite's own copy of the demo district, so the feature's queries and helpers are written once */
import { Role } from '../subgraphs/platform/access/role.js';
import { demoScenario } from '../infra/demo/demo-tokens.js';
import { startGraph, type GraphStack } from './harness/graph-stack.js';
import { areaInHundredths, formatHundredths, type BallotChoice, type ElectorateUnit } from '../subgraphs/owners/src/tally/tally.js';
import { countBallots } from '../subgraphs/owners/src/tally/ballot-counts.js';
import { percentage } from '../subgraphs/platform/figures/percentage.js';
import { recordElectorate } from './harness/owners-electorate.js';
import { step } from './harness/scenario.js';
import { planOwnersCommittees } from '../subgraphs/owners/seeders/owners.seeder.js';

// Reading back what the owners recorded (公示, 民法典第二百八十一条): ballots, counts, lists and the fund ledger,
// each role within its access rules, through the gateway.
let graph: GraphStack;
let streetToken: string;
beforeAll(async () => {
  graph = await startGraph();
  streetToken = await graph.issuer.issue('street-of-demo', { role: Role.STREET, grant: { streetIds: [demoScenario(graph.plan).neighborhood.streetId] } });
});
afterAll(async () => {
  await graph?.stop();
});

const DAY = 24 * 3600 * 1000;
const day = (offset: number) => new Date(graph.clock.now().getTime() + offset * DAY).toISOString();
const token = (role: Role) => graph.tokens.get(role)!;
async function ok<T>(query: string, as: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await graph.graphql<T>(query, { token: as, variables });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!;
}

function electorate(): ElectorateUnit[] {
  const { neighborhood } = demoScenario(graph.plan);
  return graph.plan.units
    .filter((unit) => unit.neighborhoodId === neighborhood.id)
    .map((unit) => ({ unitId: unit.id, area: formatHundredths(areaInHundredths(unit.area)), developerHeld: unit.developerHeld, ownerIds: [...unit.ownerIds].sort() }));
}

const CAST = `mutation($input: CastOwnersBallotInput!) { castOwnersBallot(input: $input) { id } }`;
const VOID = `mutation($input: VoidOwnersBallotInput!) { voidOwnersBallot(input: $input) { id correctedChoice reason recordedBy } }`;
const BALLOTS = `query($id: ID!) { ownersMotion(id: $id) {
  ballots { id unit { id } choice channel proxyName recordedBy countsAs correction { correctedChoice reason } }
  counts { byChoice { choice units area owners } totalUnits totalArea totalOwners votedUnits votedArea votedOwners turnoutAreaPercent turnoutOwnersPercent } } }`;

describe('reading back ballots, counts, lists and the ledger', () => {
  it('records ballots and corrects two, shows each role what it may read of them, tallies them, lists the assembly and its motions, and keeps the fund ledger', async () => {
    let motionIds: string[] = [];
    let assemblyId = '';
    const choices = new Map<string, BallotChoice>();
    const ballotIds = new Map<string, string>();

    await step('records ballots from owners and the committee (paper, proxy) inside the voting window, and corrects two paper ballots', async () => {
      const { neighborhood, ownedUnit } = demoScenario(graph.plan);
      const committee = token(Role.OWNERS_COMMITTEE);
      expect((await recordElectorate(graph, committee, neighborhood.id)).body.errors).toBeUndefined();
      const convened = await ok<{ conveneOwnersAssembly: { id: string; motions: { id: string }[] } }>(
        `mutation($input: ConveneOwnersAssemblyInput!) { conveneOwnersAssembly(input: $input) { id motions { id } } }`,
        committee,
        { input: { title: '2026年第四次业主大会', form: 'WRITTEN', meetsOn: day(15.5), motions: [{ title: '续聘物业', category: 'HIRE_OR_DISMISS_PROPERTY_COMPANY' }, { title: '使用维修资金维修屋面', category: 'USE_MAINTENANCE_FUND' }] } },
      );
      assemblyId = convened.conveneOwnersAssembly.id;
      motionIds = convened.conveneOwnersAssembly.motions.map((motion) => motion.id);
      graph.clock.advance('16d');

      const units = electorate().filter((unit) => unit.unitId !== ownedUnit.id);
      const resident = await ok<{ castOwnersBallot: { id: string } }>(CAST, token(Role.RESIDENT), { input: { motionId: motionIds[0], unitId: ownedUnit.id, choice: 'FOR', idempotencyKey: 'readback-resident' } });
      ballotIds.set(ownedUnit.id, resident.castOwnersBallot.id);
      choices.set(ownedUnit.id, 'FOR');
      const entered: [string, BallotChoice, Record<string, string>][] = [
        [units[0].unitId, 'AGAINST', {}],
        [units[1].unitId, 'FOR', { channel: 'PROXY', proxyName: '王受托' }],
        [units[2].unitId, 'FOR', {}], // mis-entered: the paper says ABSTAIN
        [units[3].unitId, 'AGAINST', {}], // entered for the wrong unit: voided
      ];
      for (const [unitId, choice, extra] of entered) {
        const cast = await ok<{ castOwnersBallot: { id: string } }>(CAST, committee, { input: { motionId: motionIds[0], unitId, choice, idempotencyKey: `readback-${unitId.slice(0, 8)}`, ...extra } });
        ballotIds.set(unitId, cast.castOwnersBallot.id);
        choices.set(unitId, choice);
      }
      const corrected = await ok<{ voidOwnersBallot: unknown }>(VOID, committee, { input: { ballotId: ballotIds.get(units[2].unitId), correctedChoice: 'ABSTAIN', reason: '录入错误：纸质选票为弃权', idempotencyKey: 'correct-0001' } });
      expect(corrected.voidOwnersBallot).toEqual({ id: expect.any(String), correctedChoice: 'ABSTAIN', reason: '录入错误：纸质选票为弃权', recordedBy: 'demo-owners-committee' });
      // A retry returns the same correction; a second correction of the ballot is CONFLICT.
      expect(await ok(VOID, committee, { input: { ballotId: ballotIds.get(units[2].unitId), correctedChoice: 'ABSTAIN', reason: '录入错误：纸质选票为弃权', idempotencyKey: 'correct-0001' } })).toEqual(corrected);
      const twice = await graph.graphql(VOID, { token: committee, variables: { input: { ballotId: ballotIds.get(units[2].unitId), reason: '再次更正选票意见', idempotencyKey: 'correct-0002' } } });
      expect(twice.body.errors).toEqual([{ message: 'This ballot has already been corrected; a ballot is corrected once.', path: ['voidOwnersBallot'], extensions: { code: 'CONFLICT' } }]);
      await ok(VOID, committee, { input: { ballotId: ballotIds.get(units[3].unitId), reason: '录入到错误的房号', idempotencyKey: 'void-0001' } });
      // An owner's own ballot is not the committee's to correct.
      const own = await graph.graphql(VOID, { token: committee, variables: { input: { ballotId: resident.castOwnersBallot.id, reason: '尝试更正业主本人投票', idempotencyKey: 'void-0002' } } });
      expect(own.body.errors).toEqual([
        { message: 'An owner cast this ballot themself; only ballots the committee entered (paper or proxy) can be corrected.', path: ['voidOwnersBallot'], extensions: { code: 'CONFLICT' } },
      ]);
      choices.set(units[2].unitId, 'ABSTAIN');
      choices.delete(units[3].unitId);
    });

    function expectedCounts() {
      const counts = countBallots(electorate(), choices);
      return {
        byChoice: counts.byChoice.map((count) => ({ choice: count.choice, units: count.units, area: formatHundredths(count.area), owners: count.owners })),
        totalUnits: counts.totalUnits,
        totalArea: formatHundredths(counts.totalArea),
        totalOwners: counts.totalOwners,
        votedUnits: counts.votedUnits,
        votedArea: formatHundredths(counts.votedArea),
        votedOwners: counts.votedOwners,
        turnoutAreaPercent: percentage(Number(counts.votedArea), Number(counts.totalArea)),
        turnoutOwnersPercent: percentage(counts.votedOwners, counts.totalOwners),
      };
    }

    await step('shows the committee and the street every ballot, a resident their own, the party branch counts only', async () => {
      const { ownedUnit } = demoScenario(graph.plan);
      const all = await ok<{ ownersMotion: { ballots: { unit: { id: string }; channel: string; countsAs: string | null; proxyName: string | null; recordedBy: string }[]; counts: unknown } }>(
        BALLOTS,
        token(Role.OWNERS_COMMITTEE),
        { id: motionIds[0] },
      );
      expect(all.ownersMotion.counts).toEqual(expectedCounts());
      expect(all.ownersMotion.ballots.map((ballot) => [ballot.unit.id, ballot.channel, ballot.countsAs, ballot.proxyName, ballot.recordedBy])).toEqual([
        [ownedUnit.id, 'RESIDENT', 'FOR', null, expect.stringMatching(/^demo-resident/)],
        ...[...ballotIds.keys()].slice(1).map((unitId, index) => [unitId, index === 1 ? 'PROXY' : 'PAPER', choices.get(unitId) ?? null, index === 1 ? '王受托' : null, 'demo-owners-committee']),
      ]);
      expect(await ok(BALLOTS, streetToken, { id: motionIds[0] })).toEqual(all);

      const mine = await ok<{ ownersMotion: { ballots: { unit: { id: string } }[]; counts: unknown } }>(BALLOTS, token(Role.RESIDENT), { id: motionIds[0] });
      expect(mine.ownersMotion).toEqual({ ballots: [all.ownersMotion.ballots[0]], counts: expectedCounts() });
      const branch = await ok<{ ownersMotion: unknown }>(BALLOTS, token(Role.PARTY_BRANCH), { id: motionIds[0] });
      expect(branch.ownersMotion).toEqual({ ballots: [], counts: expectedCounts() });
      const company = await graph.graphql(BALLOTS, { token: token(Role.PROPERTY_COMPANY), variables: { id: motionIds[0] } });
      expect(company.body.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    });

    await step('tallies the corrected ballots and refuses corrections after closing', async () => {
      const committee = token(Role.OWNERS_COMMITTEE);
      const closed = await ok<{ closeOwnersMotion: { participatingOwners: number } }>(`mutation($id: ID!) { closeOwnersMotion(motionId: $id) { participatingOwners participatingArea } }`, committee, { id: motionIds[0] });
      expect(closed.closeOwnersMotion).toEqual({ participatingOwners: expectedCounts().votedOwners, participatingArea: expectedCounts().votedArea });
      const late = await graph.graphql(VOID, { token: committee, variables: { input: { ballotId: [...ballotIds.values()][1], reason: '关闭后更正', idempotencyKey: 'void-late-01' } } });
      expect(late.body.errors).toEqual([
        { message: 'This motion is closed; its ballots can no longer be corrected (correct the resolution instead).', path: ['voidOwnersBallot'], extensions: { code: 'CONFLICT' } },
      ]);
    });

    await step('lists assemblies and motions of a neighborhood with filters, as Relay connections', async () => {
      const { neighborhood } = demoScenario(graph.plan);
      const LIST = `query($id: ID!, $status: OwnersMotionStatus, $assemblyId: ID) {
        ownersMotions(neighborhoodId: $id, first: 1, filter: { status: $status, assemblyId: $assemblyId }) { totalCount nodes { id status } pageInfo { hasNextPage endCursor } }
        ownersAssemblies(neighborhoodId: $id, filter: { status: CONVENED, meetsFrom: "${day(-1)}" }) { totalCount nodes { id } } }`;
      const first = await ok<{ ownersMotions: { pageInfo: { endCursor: string } } }>(LIST, token(Role.OWNERS_COMMITTEE), { id: neighborhood.id, assemblyId });
      // Motions put at the same time (one agenda) come in id order.
      const [firstId, secondId] = [...motionIds].sort();
      const status = (id: string) => (id === motionIds[0] ? 'CLOSED' : 'OPEN');
      expect(first).toEqual({
        ownersMotions: { totalCount: 2, nodes: [{ id: firstId, status: status(firstId) }], pageInfo: { hasNextPage: true, endCursor: expect.any(String) } },
        ownersAssemblies: { totalCount: 1, nodes: [{ id: assemblyId }] },
      });
      const next = await ok(`query($id: ID!, $after: String!, $a: ID!) { ownersMotions(neighborhoodId: $id, first: 1, after: $after, filter: { assemblyId: $a }) { nodes { id } pageInfo { hasNextPage } } }`, token(Role.OWNERS_COMMITTEE), {
        id: neighborhood.id,
        after: first.ownersMotions.pageInfo.endCursor,
        a: assemblyId,
      });
      expect(next).toEqual({ ownersMotions: { nodes: [{ id: secondId }], pageInfo: { hasNextPage: false } } });
      const open = await ok(LIST, token(Role.RESIDENT), { id: neighborhood.id, status: 'OPEN', assemblyId });
      expect(open).toMatchObject({ ownersMotions: { totalCount: 1, nodes: [{ id: motionIds[1], status: 'OPEN' }] } });
      expect(await ok(LIST, token(Role.PROPERTY_COMPANY), { id: neighborhood.id })).toEqual({
        ownersMotions: { totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } },
        ownersAssemblies: { totalCount: 0, nodes: [] },
      });
    });

    await step('keeps the fund ledger with running balances and the resolution or emergency each entry rests on', async () => {
      const { neighborhood } = demoScenario(graph.plan);
      const committee = token(Role.OWNERS_COMMITTEE);
      for (const unit of electorate()) {
        await ok(CAST, committee, { input: { motionId: motionIds[1], unitId: unit.unitId, choice: 'FOR', idempotencyKey: `fund-${unit.unitId}` } });
      }
      const passed = await ok<{ closeOwnersMotion: { id: string; outcome: string } }>(`mutation($id: ID!) { closeOwnersMotion(motionId: $id) { id outcome } }`, committee, { id: motionIds[1] });
      expect(passed.closeOwnersMotion.outcome).toBe('PASSED');
      const FUND = `mutation($input: RecordOwnersFundEntryInput!) { recordOwnersFundEntry(input: $input) { id } }`;
      await ok(FUND, committee, { input: { kind: 'MAINTENANCE_FUND_USE', amount: '86000.50', purpose: '屋面防水维修', resolutionId: passed.closeOwnersMotion.id } });
      await ok(FUND, committee, { input: { kind: 'MAINTENANCE_FUND_USE', amount: '1200', purpose: '水泵抢修', emergencyReason: '水泵故障，高层停水，危及住户生活' } });
      const LEDGER = `query($id: ID!) { neighborhood(id: $id) { ownersFundLedger { fund balance lines { change runningBalance entry { kind purpose fund emergencyReason resolution { id } } } } } }`;
      const expected = {
        neighborhood: {
          ownersFundLedger: [
            {
              fund: 'MAINTENANCE_FUND',
              balance: '-87200.50',
              lines: [
                { change: '-86000.50', runningBalance: '-86000.50', entry: { kind: 'MAINTENANCE_FUND_USE', purpose: '屋面防水维修', fund: 'MAINTENANCE_FUND', emergencyReason: null, resolution: { id: passed.closeOwnersMotion.id } } },
                { change: '-1200.00', runningBalance: '-87200.50', entry: { kind: 'MAINTENANCE_FUND_USE', purpose: '水泵抢修', fund: 'MAINTENANCE_FUND', emergencyReason: '水泵故障，高层停水，危及住户生活', resolution: null } },
              ],
            },
            { fund: 'PUBLIC_REVENUE', balance: '0.00', lines: [] },
          ],
        },
      };
      expect(await ok(LEDGER, committee, { id: neighborhood.id })).toEqual(expected);
      expect(await ok(LEDGER, streetToken, { id: neighborhood.id })).toEqual(expected);
      // An owner sees the ledger; the resolution behind an entry once it is published.
      const byResident = await ok<typeof expected>(LEDGER, token(Role.RESIDENT), { id: neighborhood.id });
      expect(byResident.neighborhood.ownersFundLedger[0].lines[0].entry.resolution).toBeNull();
      await ok(`mutation($input: PublishResolutionInput!) { publishResolution(input: $input) { id } }`, committee, { input: { resolutionId: passed.closeOwnersMotion.id, place: '小区公告栏' } });
      expect(await ok(LEDGER, token(Role.RESIDENT), { id: neighborhood.id })).toEqual(expected);
      expect(await ok(LEDGER, token(Role.PROPERTY_COMPANY), { id: neighborhood.id })).toEqual({
        neighborhood: { ownersFundLedger: [{ fund: 'MAINTENANCE_FUND', balance: '0.00', lines: [] }, { fund: 'PUBLIC_REVENUE', balance: '0.00', lines: [] }] },
      });
    });
  });

  it('returns the first result to a retried convene, close, publication and fund entry with the same idempotency key', async () => {
    // In another neighborhood with a committee of its own, so that what it convenes and records is apart from the
    // demo neighborhood's scenario above.
    const { neighborhood } = demoScenario(graph.plan);
    const elsewhere = planOwnersCommittees(graph.plan).find((planned) => planned.neighborhoodId !== neighborhood.id && planned.members.length >= 5)!;
    const committee = await graph.issuer.issue('readback-idempotency-committee', { role: Role.OWNERS_COMMITTEE, org: elsewhere.id, grant: { neighborhoodIds: [elsewhere.neighborhoodId] } }, { expiresIn: '1h' });
    expect((await recordElectorate(graph, committee, elsewhere.neighborhoodId)).body.errors).toBeUndefined();
    const CONVENE = `mutation($input: ConveneOwnersAssemblyInput!) { conveneOwnersAssembly(input: $input) { id motions { id } } }`;
    const input = { title: '幂等测试大会', form: 'ONLINE', meetsOn: day(15.5), motions: [{ title: '其他重大事项', category: 'OTHER_MAJOR_MATTER' }], idempotencyKey: 'convene-key-0001' };
    const first = await ok<{ conveneOwnersAssembly: { id: string; motions: { id: string }[] } }>(CONVENE, committee, { input });
    expect(await ok(CONVENE, committee, { input })).toEqual(first);
    const reused = await graph.graphql(CONVENE, { token: committee, variables: { input: { ...input, title: '另一个大会' } } });
    expect(reused.body.errors).toEqual([{ message: 'This idempotency key was already used for a different request; use a new key.', path: ['conveneOwnersAssembly'], extensions: { code: 'CONFLICT' } }]);

    graph.clock.advance('16d');
    const CLOSE = `mutation($id: ID!, $key: String) { closeOwnersMotion(motionId: $id, idempotencyKey: $key) { id outcome decidedAt } }`;
    const motionId = first.conveneOwnersAssembly.motions[0].id;
    const closed = await ok<{ closeOwnersMotion: { id: string; decidedAt: string } }>(CLOSE, committee, { id: motionId, key: 'close-key-0001' });
    expect(Math.abs(Date.parse(closed.closeOwnersMotion.decidedAt) - graph.clock.now().getTime())).toBeLessThan(60_000);
    expect(await ok(CLOSE, committee, { id: motionId, key: 'close-key-0001' })).toEqual(closed);
    const again = await graph.graphql(CLOSE, { token: committee, variables: { id: motionId, key: 'close-key-0002' } });
    expect(again.body.errors).toEqual([{ message: 'This motion is already closed; its resolution stands (record a correction instead).', path: ['closeOwnersMotion'], extensions: { code: 'CONFLICT' } }]);

    const PUBLISH = `mutation($input: PublishResolutionInput!) { publishResolution(input: $input) { id onTime } }`;
    const publication = { resolutionId: closed.closeOwnersMotion.id, place: '小区公告栏', idempotencyKey: 'publish-key-01' };
    const published = await ok(PUBLISH, committee, { input: publication });
    expect(await ok(PUBLISH, committee, { input: publication })).toEqual(published);

    const FUND = `mutation($input: RecordOwnersFundEntryInput!) { recordOwnersFundEntry(input: $input) { id amount } }`;
    const entry = { kind: 'PUBLIC_REVENUE_EXPENSE', amount: '300', purpose: '化粪池清掏', emergencyReason: '化粪池外溢，影响一楼住户', idempotencyKey: 'fund-key-0001' };
    const recorded = await ok(FUND, committee, { input: entry });
    expect(await ok(FUND, committee, { input: entry })).toEqual(recorded);
    const ledger = await ok<{ neighborhood: { ownersFundLedger: { fund: string; lines: unknown[] }[] } }>(
      `query($id: ID!) { neighborhood(id: $id) { ownersFundLedger { fund lines { change } } } }`,
      committee,
      { id: elsewhere.neighborhoodId },
    );
    expect(ledger.neighborhood.ownersFundLedger[1]).toEqual({ fund: 'PUBLIC_REVENUE', lines: [{ change: '-300.00' }] });
  });
});
