import { randomUUID } from 'node:crypto';
import { Role } from '../subgraphs/platform/access/role.js';
import { demoScenario } from '../infra/demo/demo-tokens.js';
import { startGraph, type GraphStack } from './harness/graph-stack.js';
import { recordElectorate } from './harness/owners-electorate.js';
import { step } from './harness/scenario.js';
import { planOwnersCommittees } from '../subgraphs/owners/seeders/owners.seeder.js';

// Local voting rules delegated to a street by its district (subgraphs/owners/README.md: Local rules of a street): the
// street's rule over the district's over the Civil Code, category by category, only for assemblies convened once it
// is in force and while the delegation stands.
let graph: GraphStack;
let streetToken: string;
let otherStreetToken: string;
let otherDistrictToken: string;
let certificate: string;
beforeAll(async () => {
  graph = await startGraph();
  const { neighborhood } = demoScenario(graph.plan);
  const otherStreet = graph.plan.streets.find((street) => street.id !== neighborhood.streetId)!;
  streetToken = await graph.issuer.issue('rules-street', { role: Role.STREET, grant: { streetIds: [neighborhood.streetId] } }, { expiresIn: '1h' });
  otherStreetToken = await graph.issuer.issue('rules-other-street', { role: Role.STREET, grant: { streetIds: [otherStreet.id] } }, { expiresIn: '1h' });
  otherDistrictToken = await graph.issuer.issue('rules-other-district', { role: Role.DISTRICT, grant: { districtIds: [randomUUID()] } }, { expiresIn: '1h' });
  const read = await graph.graphql<{ community: { placeCertificate: string } }>('query($id: ID!) { community(id: $id) { placeCertificate } }', {
    token: graph.tokens.get(Role.DISTRICT),
    variables: { id: neighborhood.communityId },
  });
  certificate = read.body.data!.community.placeCertificate;
});
afterAll(async () => {
  await graph?.stop();
});

const DAY = 24 * 3600 * 1000;
const day = (offset: number) => new Date(graph.clock.now().getTime() + offset * DAY).toISOString();
const token = (role: Role) => graph.tokens.get(role)!;
const fraction = (numerator: number, denominator: number, inclusive = true) => ({ numerator, denominator, inclusive });
const CIVIL_CODE_ORDINARY = fraction(1, 2, false);

const DELEGATE = `mutation($input: DelegateOwnersVotingRulesInput!) { delegateOwnersVotingRules(input: $input) {
  id districtId streetId status reason delegatedBy revokedAt revokedBy revokeReason version } }`;
const REVOKE = `mutation($input: RevokeOwnersVotingRulesDelegationInput!) { revokeOwnersVotingRulesDelegation(input: $input) {
  id status revokedBy revokeReason version } }`;
const ADOPT_STREET = `mutation($input: AdoptOwnersStreetVotingRulesInput!) { adoptOwnersStreetVotingRules(input: $input) {
  districtId streetId delegationId version name source rules { category quorum { numerator } approval { numerator denominator inclusive } } } }`;
const ADOPT_DISTRICT = `mutation($input: AdoptOwnersVotingRulesInput!) { adoptOwnersVotingRules(input: $input) { version streetId } }`;
const CONVENE = `mutation($input: ConveneOwnersAssemblyInput!) { conveneOwnersAssembly(input: $input) {
  motions { category ruleSetLabel quorumThreshold { numerator denominator inclusive } approvalThreshold { numerator denominator inclusive } } } }`;
const STREET_LABEL = '月湖街道业主大会表决规则（第1版，依据区政府授权决定）';
const DISTRICT_LABEL = '区业主大会表决规则（第1版，依据《江门市物业管理条例》）';

const forbidden = (message: string, path: string) => ({ data: null, errors: [{ message, path: [path], extensions: { code: 'FORBIDDEN' } }] });

async function convene(title: string, committeeToken = token(Role.OWNERS_COMMITTEE)) {
  const response = await graph.graphql<{ conveneOwnersAssembly: { motions: unknown[] } }>(CONVENE, {
    token: committeeToken,
    variables: {
      input: {
        title,
        form: 'WRITTEN',
        meetsOn: day(15.5),
        motions: [
          { title: '使用维修资金更换水泵', category: 'USE_MAINTENANCE_FUND' },
          { title: '修改管理规约', category: 'MANAGEMENT_COVENANT' },
          { title: '续聘物业服务企业', category: 'HIRE_OR_DISMISS_PROPERTY_COMPANY' },
        ],
      },
    },
  });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.conveneOwnersAssembly.motions;
}

describe("local voting rules delegated to a street by its district", () => {
  const streetRules = { name: '月湖街道业主大会表决规则', source: '区政府授权决定', rules: [{ category: 'USE_MAINTENANCE_FUND', approval: fraction(4, 5) }] };

  it('are refused to the street until its district delegates them, then delegated, adopted by that street, and applied street over district over the Civil Code while delegated', async () => {
    let delegation: { id: string; version: number } = { id: '', version: 0 };

    await step('are refused to the street before its district delegates them', async () => {
      const { neighborhood } = demoScenario(graph.plan);
      const response = await graph.graphql(ADOPT_STREET, { token: streetToken, variables: { input: { streetId: neighborhood.streetId, effectiveFrom: day(1), ...streetRules } } });
      expect(response.body).toEqual(forbidden('Your district has not delegated local voting rules to your street (or has revoked it): its rules apply.', 'adoptOwnersStreetVotingRules'));
    });

    await step('are delegated by the district office of that street only, once while it stands; a retry with the key answers the first', async () => {
      const { neighborhood } = demoScenario(graph.plan);
      const input = { streetId: neighborhood.streetId, placeCertificate: certificate, reason: '区政府2026年第12号授权决定', idempotencyKey: 'delegate-0001' };
      const refusal = forbidden('Only the district office delegates the local voting rules of its district, to its own streets.', 'delegateOwnersVotingRules');
      for (const caller of [otherDistrictToken, streetToken, token(Role.OWNERS_COMMITTEE), token(Role.RESIDENT)]) {
        expect((await graph.graphql(DELEGATE, { token: caller, variables: { input } })).body).toEqual(refusal);
      }
      // The certificate is of another street than the one named.
      const otherStreet = graph.plan.streets.find((street) => street.id !== neighborhood.streetId)!;
      expect((await graph.graphql(DELEGATE, { token: token(Role.DISTRICT), variables: { input: { ...input, streetId: otherStreet.id } } })).body).toEqual(refusal);
      const forged = await graph.graphql(DELEGATE, { token: token(Role.DISTRICT), variables: { input: { ...input, placeCertificate: 'not-a-certificate' } } });
      expect(forged.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'placeCertificate' } });

      const first = await graph.graphql<{ delegateOwnersVotingRules: { id: string; version: number } }>(DELEGATE, { token: token(Role.DISTRICT), variables: { input } });
      expect(first.body).toEqual({
        data: {
          delegateOwnersVotingRules: {
            id: expect.any(String),
            districtId: graph.plan.district.id,
            streetId: neighborhood.streetId,
            status: 'ACTIVE',
            reason: '区政府2026年第12号授权决定',
            delegatedBy: 'demo-district',
            revokedAt: null,
            revokedBy: null,
            revokeReason: null,
            version: 1,
          },
        },
      });
      delegation = first.body.data!.delegateOwnersVotingRules;
      expect((await graph.graphql(DELEGATE, { token: token(Role.DISTRICT), variables: { input } })).body).toEqual(first.body);
      const again = await graph.graphql(DELEGATE, { token: token(Role.DISTRICT), variables: { input: { ...input, idempotencyKey: 'delegate-0002' } } });
      expect(again.body).toEqual({
        data: null,
        errors: [{ message: 'This street already has a standing delegation of local voting rules; revoke it first to delegate anew.', path: ['delegateOwnersVotingRules'], extensions: { code: 'CONFLICT' } }],
      });
      const listed = await graph.graphql(`query($d: ID!) { ownersRuleDelegations(districtId: $d, first: 10) { totalCount nodes { id status } } }`, { token: token(Role.RESIDENT), variables: { d: graph.plan.district.id } });
      expect(listed.body).toEqual({ data: { ownersRuleDelegations: { totalCount: 1, nodes: [{ id: delegation.id, status: 'ACTIVE' }] } } });
    });

    await step('are adopted by that street office only, validated strictly and never backdated', async () => {
      const { neighborhood } = demoScenario(graph.plan);
      const input = { streetId: neighborhood.streetId, effectiveFrom: day(1), ...streetRules };
      const badUserInput = (message: string, field: string) => ({ data: null, errors: [{ message, path: ['adoptOwnersStreetVotingRules'], extensions: { code: 'BAD_USER_INPUT', field } }] });
      expect((await graph.graphql(ADOPT_STREET, { token: streetToken, variables: { input: { ...input, effectiveFrom: day(-1) } } })).body).toEqual(
        badUserInput('effectiveFrom is in the past: local rules take effect from now or later, never backdated.', 'effectiveFrom'),
      );
      const malformed = { ...input, rules: [{ category: 'USE_MAINTENANCE_FUND', approval: fraction(5, 4) }, { category: 'USE_MAINTENANCE_FUND', quorum: fraction(1, 2) }] };
      expect((await graph.graphql(ADOPT_STREET, { token: streetToken, variables: { input: malformed } })).body).toEqual(
        badUserInput('rules[0].approval: the numerator must not exceed the denominator (a share of at most 1). rules[1]: USE_MAINTENANCE_FUND appears twice; give one rule per category.', 'rules'),
      );
      const unknownCategory = await graph.graphql(ADOPT_STREET, { token: streetToken, variables: { input: { ...input, rules: [{ category: 'USE_FUND', approval: fraction(2, 3) }] } } });
      expect(unknownCategory.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      for (const caller of [otherStreetToken, token(Role.DISTRICT), token(Role.OWNERS_COMMITTEE)]) {
        expect((await graph.graphql(ADOPT_STREET, { token: caller, variables: { input } })).body).toEqual(forbidden('Only the street office sets the local voting rules of its street.', 'adoptOwnersStreetVotingRules'));
      }
      const adopted = await graph.graphql(ADOPT_STREET, { token: streetToken, variables: { input } });
      expect(adopted.body).toEqual({
        data: {
          adoptOwnersStreetVotingRules: {
            districtId: graph.plan.district.id,
            streetId: neighborhood.streetId,
            delegationId: delegation.id,
            version: 1,
            name: streetRules.name,
            source: streetRules.source,
            rules: [{ category: 'USE_MAINTENANCE_FUND', quorum: null, approval: fraction(4, 5) }],
          },
        },
      });
      // The district's own rules count their versions apart from the street's.
      const district = await graph.graphql(ADOPT_DISTRICT, {
        token: token(Role.DISTRICT),
        variables: {
          input: {
            districtId: graph.plan.district.id,
            name: '区业主大会表决规则',
            source: '《江门市物业管理条例》',
            effectiveFrom: day(0.5),
            rules: [{ category: 'USE_MAINTENANCE_FUND', approval: fraction(2, 3) }, { category: 'MANAGEMENT_COVENANT', quorum: fraction(3, 4), approval: fraction(3, 5) }],
          },
        },
      });
      expect(district.body).toEqual({ data: { adoptOwnersVotingRules: { version: 1, streetId: null } } });
      const lists = await graph.graphql(`query($d: ID!, $s: ID!) { own: ownersVotingRuleSets(districtId: $d) { version streetId } street: ownersVotingRuleSets(districtId: $d, streetId: $s) { version streetId } }`, {
        token: token(Role.RESIDENT),
        variables: { d: graph.plan.district.id, s: neighborhood.streetId },
      });
      expect(lists.body).toEqual({ data: { own: [{ version: 1, streetId: null }], street: [{ version: 1, streetId: neighborhood.streetId }] } });
    });

    await step("apply street over district over the Civil Code, only to assemblies convened once in force and while delegated", async () => {
      const { neighborhood } = demoScenario(graph.plan);
      expect((await recordElectorate(graph, token(Role.OWNERS_COMMITTEE), neighborhood.id)).body.errors).toBeUndefined();
      const civil = { ruleSetLabel: '民法典第二百七十八条', quorumThreshold: fraction(2, 3) };
      // Before either is in force: the Civil Code for every motion.
      expect(await convene('规则施行前的大会')).toEqual([
        { category: 'USE_MAINTENANCE_FUND', ...civil, approvalThreshold: CIVIL_CODE_ORDINARY },
        { category: 'MANAGEMENT_COVENANT', ...civil, approvalThreshold: CIVIL_CODE_ORDINARY },
        { category: 'HIRE_OR_DISMISS_PROPERTY_COMPANY', ...civil, approvalThreshold: CIVIL_CODE_ORDINARY },
      ]);
      // The district's rules are in force, the street's not yet.
      graph.clock.advance('13h');
      expect(await convene('区规则施行后的大会')).toEqual([
        { category: 'USE_MAINTENANCE_FUND', ruleSetLabel: DISTRICT_LABEL, quorumThreshold: fraction(2, 3), approvalThreshold: fraction(2, 3) },
        { category: 'MANAGEMENT_COVENANT', ruleSetLabel: DISTRICT_LABEL, quorumThreshold: fraction(3, 4), approvalThreshold: fraction(3, 5) },
        { category: 'HIRE_OR_DISMISS_PROPERTY_COMPANY', ruleSetLabel: DISTRICT_LABEL, quorumThreshold: fraction(2, 3), approvalThreshold: CIVIL_CODE_ORDINARY },
      ]);
      // Both in force: the street's approval for fund use, the district's for the covenant, the Civil Code for the rest.
      graph.clock.advance('12h');
      const both = `${STREET_LABEL}；${DISTRICT_LABEL}`;
      expect(await convene('街道规则施行后的大会')).toEqual([
        { category: 'USE_MAINTENANCE_FUND', ruleSetLabel: both, quorumThreshold: fraction(2, 3), approvalThreshold: fraction(4, 5) },
        { category: 'MANAGEMENT_COVENANT', ruleSetLabel: both, quorumThreshold: fraction(3, 4), approvalThreshold: fraction(3, 5) },
        { category: 'HIRE_OR_DISMISS_PROPERTY_COMPANY', ruleSetLabel: both, quorumThreshold: fraction(2, 3), approvalThreshold: CIVIL_CODE_ORDINARY },
      ]);
      // A neighborhood of another street of the district: the district's rules only.
      const elsewhere = planOwnersCommittees(graph.plan).find((committee) => committee.streetId !== neighborhood.streetId)!;
      const elsewhereToken = await graph.issuer.issue('rules-elsewhere-committee', { role: Role.OWNERS_COMMITTEE, org: elsewhere.id, grant: { neighborhoodIds: [elsewhere.neighborhoodId] } }, { expiresIn: '1h' });
      expect((await recordElectorate(graph, elsewhereToken, elsewhere.neighborhoodId)).body.errors).toBeUndefined();
      expect((await convene('其他街道小区的大会', elsewhereToken))[0]).toEqual({ category: 'USE_MAINTENANCE_FUND', ruleSetLabel: DISTRICT_LABEL, quorumThreshold: fraction(2, 3), approvalThreshold: fraction(2, 3) });

      // Revoked (at the version read, with the reason): the district's rules again for assemblies convened from then on.
      const stale = await graph.graphql(REVOKE, { token: token(Role.DISTRICT), variables: { input: { delegationId: delegation.id, expectedVersion: 7, reason: '授权期满' } } });
      expect(stale.body.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', version: 1 } });
      const byStreet = await graph.graphql(REVOKE, { token: streetToken, variables: { input: { delegationId: delegation.id, expectedVersion: 1, reason: '授权期满' } } });
      expect(byStreet.body).toEqual(forbidden('Only the district office delegates the local voting rules of its district, to its own streets.', 'revokeOwnersVotingRulesDelegation'));
      const revoked = await graph.graphql(REVOKE, { token: token(Role.DISTRICT), variables: { input: { delegationId: delegation.id, expectedVersion: 1, reason: '授权期满' } } });
      expect(revoked.body).toEqual({ data: { revokeOwnersVotingRulesDelegation: { id: delegation.id, status: 'REVOKED', revokedBy: 'demo-district', revokeReason: '授权期满', version: 2 } } });
      expect((await convene('撤销授权后的大会'))[0]).toEqual({ category: 'USE_MAINTENANCE_FUND', ruleSetLabel: DISTRICT_LABEL, quorumThreshold: fraction(2, 3), approvalThreshold: fraction(2, 3) });
      const afterRevoking = await graph.graphql(ADOPT_STREET, { token: streetToken, variables: { input: { streetId: neighborhood.streetId, effectiveFrom: day(1), ...streetRules } } });
      expect(afterRevoking.body.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    });
  });
});
