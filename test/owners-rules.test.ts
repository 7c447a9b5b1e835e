import { Role } from '../subgraphs/platform/access/role.js';
import { demoScenario } from '../infra/demo/demo-tokens.js';
import { startGraph, type GraphStack } from './harness/graph-stack.js';
import { areaInHundredths, formatHundredths, tallyMotion, type BallotChoice, type ElectorateUnit } from '../subgraphs/owners/src/tally/tally.js';
import { CIVIL_CODE_THRESHOLDS } from '../subgraphs/owners/src/tally/thresholds.js';
import { recordElectorate } from './harness/owners-electorate.js';
import { step } from './harness/scenario.js';

// Local voting rules per matter category: a district's rule for using the maintenance fund (≥ 2/3, as in Jiangmen)
// changes only fund-use motions of assemblies convened after it takes effect.
let graph: GraphStack;
beforeAll(async () => {
  graph = await startGraph();
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
const twoThirds = { numerator: 2, denominator: 3, inclusive: true };
const ADOPT = `mutation($input: AdoptOwnersVotingRulesInput!) { adoptOwnersVotingRules(input: $input) { version name source effectiveFrom rules { category quorum { numerator } approval { numerator denominator inclusive } } } }`;
const CONVENE = `mutation($input: ConveneOwnersAssemblyInput!) { conveneOwnersAssembly(input: $input) { motions { id category ruleSetLabel } } }`;
const LABEL = '江门市业主大会表决规则（第1版，依据《江门市物业管理条例》）';

describe('local voting rules per matter category', () => {
  const rules = [{ category: 'USE_MAINTENANCE_FUND', approval: twoThirds }];

  it('are adopted by the district office only, never backdated, and validated; then fix the rules in force at convening for every motion, a later rule changing only fund-use motions convened after it', async () => {
    const effectiveFrom = day(1);
    const input = () => ({ districtId: graph.plan.district.id, name: '江门市业主大会表决规则', source: '《江门市物业管理条例》', effectiveFrom, rules });

    await step('are adopted by the district office only, never backdated, and validated with a message saying what is wrong', async () => {
      const backdated = await graph.graphql(ADOPT, { token: token(Role.DISTRICT), variables: { input: { ...input(), effectiveFrom: day(-1) } } });
      expect(backdated.body.errors).toEqual([
        { message: 'effectiveFrom is in the past: local rules take effect from now or later, never backdated.', path: ['adoptOwnersVotingRules'], extensions: { code: 'BAD_USER_INPUT', field: 'effectiveFrom' } },
      ]);
      const malformed = await graph.graphql(ADOPT, { token: token(Role.DISTRICT), variables: { input: { ...input(), rules: [{ category: 'REBUILD', approval: { numerator: 4, denominator: 3, inclusive: true } }] } } });
      expect(malformed.body.errors).toEqual([
        { message: 'rules[0].approval: the numerator must not exceed the denominator (a share of at most 1).', path: ['adoptOwnersVotingRules'], extensions: { code: 'BAD_USER_INPUT', field: 'rules' } },
      ]);
      const byStreet = await graph.graphql(ADOPT, { token: token(Role.STREET), variables: { input: input() } });
      expect(byStreet.body.errors?.[0]).toMatchObject({ message: 'Only the district office sets the local voting rules of its district.', extensions: { code: 'FORBIDDEN' } });
      const adopted = await ok(ADOPT, token(Role.DISTRICT), { input: input() });
      expect(adopted).toEqual({
        adoptOwnersVotingRules: { version: 1, name: '江门市业主大会表决规则', source: '《江门市物业管理条例》', effectiveFrom, rules: [{ category: 'USE_MAINTENANCE_FUND', quorum: null, approval: twoThirds }] },
      });
      const listed = await ok(`query($d: ID!) { ownersVotingRuleSets(districtId: $d) { version } }`, token(Role.OWNERS_COMMITTEE), { d: graph.plan.district.id });
      expect(listed).toEqual({ ownersVotingRuleSets: [{ version: 1 }] });
    });

    await step('fix the rules in force at convening for every motion; a later rule changes only fund-use motions convened after it', async () => {
      const { neighborhood } = demoScenario(graph.plan);
      const committee = token(Role.OWNERS_COMMITTEE);
      expect((await recordElectorate(graph, committee, neighborhood.id)).body.errors).toBeUndefined();
      const before = await ok<{ conveneOwnersAssembly: { motions: { id: string }[] } }>(CONVENE, committee, {
        input: { title: '规则施行前的大会', form: 'WRITTEN', meetsOn: day(15.5), motions: [{ title: '使用维修资金维修外墙', category: 'USE_MAINTENANCE_FUND' }] },
      });
      expect(before.conveneOwnersAssembly.motions).toEqual([{ id: expect.any(String), category: 'USE_MAINTENANCE_FUND', ruleSetLabel: '民法典第二百七十八条' }]);
      graph.clock.advance('2d');
      const after = await ok<{ conveneOwnersAssembly: { motions: { id: string }[] } }>(CONVENE, committee, {
        input: {
          title: '规则施行后的大会',
          form: 'WRITTEN',
          meetsOn: day(15.5),
          motions: [{ title: '使用维修资金更换水泵', category: 'USE_MAINTENANCE_FUND' }, { title: '修改管理规约', category: 'MANAGEMENT_COVENANT' }],
        },
      });
      expect(after.conveneOwnersAssembly.motions).toEqual([
        { id: expect.any(String), category: 'USE_MAINTENANCE_FUND', ruleSetLabel: LABEL },
        { id: expect.any(String), category: 'MANAGEMENT_COVENANT', ruleSetLabel: LABEL },
      ]);

      // Every unit votes; the first k FOR, where k gives a majority of area and owners but less than 2/3 of either.
      const electorate: ElectorateUnit[] = graph.plan.units
        .filter((unit) => unit.neighborhoodId === neighborhood.id)
        .map((unit) => ({ unitId: unit.id, area: formatHundredths(areaInHundredths(unit.area)), developerHeld: unit.developerHeld, ownerIds: [...unit.ownerIds].sort() }));
      const local = { ...CIVIL_CODE_THRESHOLDS, ordinary: twoThirds };
      const votes = (k: number) => new Map<string, BallotChoice>(electorate.map((unit, index) => [unit.unitId, index < k ? 'FOR' : 'AGAINST']));
      const k = electorate.findIndex((_, index) => tallyMotion(electorate, votes(index), 'ORDINARY', CIVIL_CODE_THRESHOLDS).outcome === 'PASSED' && tallyMotion(electorate, votes(index), 'ORDINARY', local).outcome === 'FAILED');
      expect(k).toBeGreaterThan(0);
      graph.clock.advance('16d');
      const motionIds = [before.conveneOwnersAssembly.motions[0].id, ...after.conveneOwnersAssembly.motions.map((motion) => motion.id)];
      for (const motionId of motionIds) {
        for (const [unitId, choice] of votes(k)) {
          await ok(`mutation($input: CastOwnersBallotInput!) { castOwnersBallot(input: $input) { id } }`, committee, { input: { motionId, unitId, choice, idempotencyKey: `rules-${motionId.slice(0, 8)}-${unitId.slice(0, 8)}` } });
        }
      }
      const CLOSE = `mutation($id: ID!) { closeOwnersMotion(motionId: $id) { outcome ruleSetLabel approvalThreshold { numerator denominator inclusive } } }`;
      const outcomes = [];
      for (const motionId of motionIds) outcomes.push((await ok<{ closeOwnersMotion: unknown }>(CLOSE, committee, { id: motionId })).closeOwnersMotion);
      const majority = { numerator: 1, denominator: 2, inclusive: false };
      expect(outcomes).toEqual([
        { outcome: 'PASSED', ruleSetLabel: '民法典第二百七十八条', approvalThreshold: majority },
        { outcome: 'FAILED', ruleSetLabel: LABEL, approvalThreshold: twoThirds },
        { outcome: 'PASSED', ruleSetLabel: LABEL, approvalThreshold: majority },
      ]);
    });
  });
});
