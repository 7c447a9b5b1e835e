import { testCaller } from '../../../platform/access/caller.fixture.js';
import { Role } from '../../../platform/access/role.js';
import { PropertyEvaluator } from './evaluation-kinds.js';
import { evaluatorOf } from './service-evaluation.access.js';

describe('service evaluation access', () => {
  it('lets a party branch or an owners committee evaluate, as its organisation', () => {
    expect(evaluatorOf(testCaller(Role.PARTY_BRANCH, {}, { organizationId: 'b1' }))).toEqual({ evaluator: PropertyEvaluator.PARTY_BRANCH, organizationId: 'b1' });
    expect(evaluatorOf(testCaller(Role.OWNERS_COMMITTEE, {}, { organizationId: 'o1' }))).toEqual({ evaluator: PropertyEvaluator.OWNERS_COMMITTEE, organizationId: 'o1' });
  });

  it('refuses other roles and tokens without an organisation', () => {
    const refusal = "Only the party branch or the owners' committee of the neighborhood may evaluate its property company.";
    expect(() => evaluatorOf(testCaller(Role.PARTY_BRANCH))).toThrow(refusal);
    expect(() => evaluatorOf(testCaller(Role.COMMUNITY, {}, { organizationId: 'c1' }))).toThrow(refusal);
  });
});
