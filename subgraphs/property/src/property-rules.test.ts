import { creditCodeProblem, withCreditCodeCheck } from './company/credit-code.js';
import { decideStep } from './request/request-lifecycle.js';
import { ServiceRequestAction as A, ServiceRequestStatus as S } from './request/request-kinds.js';
import { ratio } from './statistics/exact-rate.js';
import { isActiveOn, isIsoDay, periodsOverlap } from './contract/contract-period.js';
import { isInScope, propertyScope, scopeSql } from './access/property-scope.js';
import { scoresProblem, totalScore, quarterPeriod } from './evaluation/evaluation-scores.js';
import { EvaluationCriterion } from './evaluation/evaluation-kinds.js';
import { Role } from '../../platform/access/role.js';
import { EMPTY_GRANT, type Caller } from '../../platform/access/caller.js';

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts published codes and refuses a wrong check character, length or letter', () => {
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull();
    expect(creditCodeProblem('91110000802100433B')).toBeNull();
    expect(creditCodeProblem('91350100M000100Y44')).toBe('CHECK_CHARACTER');
    expect(creditCodeProblem('91350100M000100Y4')).toBe('LENGTH');
    expect(creditCodeProblem('91350100O000100Y43')).toBe('CHARACTERS');
    expect(creditCodeProblem(withCreditCodeCheck('91370832MA3C4D5E6'))).toBeNull();
  });
});

describe('request lifecycle', () => {
  const at = (status: S, satisfaction: number | null = null) => ({ status, satisfaction });
  it('follows submitted → accepted → in progress → resolved → evaluated', () => {
    expect(decideStep(at(S.SUBMITTED), A.ACCEPT)).toEqual({ allowed: true, to: S.ACCEPTED });
    expect(decideStep(at(S.ACCEPTED), A.START)).toEqual({ allowed: true, to: S.IN_PROGRESS });
    expect(decideStep(at(S.IN_PROGRESS), A.RESOLVE)).toEqual({ allowed: true, to: S.RESOLVED });
    expect(decideStep(at(S.RESOLVED), A.EVALUATE)).toEqual({ allowed: true, to: S.EVALUATED });
  });
  it('refuses skipped and repeated steps', () => {
    expect(decideStep(at(S.SUBMITTED), A.RESOLVE)).toEqual({ allowed: false, reason: 'A SUBMITTED request cannot take the step RESOLVE: it follows only IN_PROGRESS.' });
    expect(decideStep(at(S.ACCEPTED), A.EVALUATE).allowed).toBe(false);
    expect(decideStep(at(S.EVALUATED, 5), A.EVALUATE).allowed).toBe(false);
    expect(decideStep(at(S.IN_PROGRESS), A.REOPEN).allowed).toBe(false);
  });
  it('reopens a resolved request, or an evaluated one scored 2 or less, and accepts it again', () => {
    expect(decideStep(at(S.RESOLVED), A.REOPEN)).toEqual({ allowed: true, to: S.REOPENED });
    expect(decideStep(at(S.EVALUATED, 2), A.REOPEN)).toEqual({ allowed: true, to: S.REOPENED });
    expect(decideStep(at(S.EVALUATED, 3), A.REOPEN)).toEqual({
      allowed: false,
      reason: 'Only a dissatisfied evaluation (satisfaction 2 or less) can be reopened; this one scored 3.',
    });
    expect(decideStep(at(S.REOPENED), A.ACCEPT)).toEqual({ allowed: true, to: S.ACCEPTED });
  });
});

describe('exact rates', () => {
  it('rounds half up to 4 decimals without floating point', () => {
    expect(ratio(2, 3)).toBe('0.6667');
    expect(ratio(1, 8)).toBe('0.1250');
    expect(ratio(7869n * 9895n, 7869n * 10000n)).toBe('0.9895');
    expect(ratio(5, 5)).toBe('1.0000');
    expect(ratio(0, 0)).toBeNull();
  });
});

describe('contract periods', () => {
  it('treats a period as [start, end) with the actual departure overriding the agreed end', () => {
    const contract = { startsOn: '2024-01-01', endsOn: '2027-01-01', endedOn: '2026-06-01' };
    expect(isActiveOn(contract, '2026-05-31')).toBe(true);
    expect(isActiveOn(contract, '2026-06-01')).toBe(false);
    expect(isActiveOn({ ...contract, endedOn: null, endsOn: null }, '2099-01-01')).toBe(true);
    expect(periodsOverlap({ start: '2024-01-01', end: '2025-01-01' }, { start: '2025-01-01', end: null })).toBe(false);
    expect(periodsOverlap({ start: '2024-01-01', end: null }, { start: '2030-01-01', end: null })).toBe(true);
    expect(isIsoDay('2026-02-29')).toBe(false);
    expect(isIsoDay('2028-02-29')).toBe(true);
  });
});

describe('evaluation scores', () => {
  const all = Object.values(EvaluationCriterion).map((criterion) => ({ criterion, score: 90 }));
  it('needs every criterion once, 0–100, and averages exactly', () => {
    expect(scoresProblem(all)).toBeNull();
    expect(scoresProblem(all.slice(1))).toBe('Score every criterion: SERVICE_ATTITUDE missing.');
    expect(scoresProblem([...all, all[0]])).toBe('SERVICE_ATTITUDE is scored twice: score each criterion once.');
    expect(totalScore([{ score: 90 }, { score: 85 }, { score: 80 }])).toBe('85.00');
    expect(totalScore([{ score: 1 }, { score: 0 }, { score: 0 }])).toBe('0.33');
    expect(quarterPeriod(2026, 4)).toEqual({ start: '2026-10-01', end: '2027-01-01' });
  });
});

describe('property scope', () => {
  const caller = (role: Role, overrides: Partial<Caller> = {}): Caller => ({
    subject: 's', role, personId: null, organizationId: null, grant: EMPTY_GRANT, tokenId: null, ...overrides,
  });
  const path = { districtId: 'd1', streetId: 's1', communityId: 'c1', neighborhoodId: 'n1' };
  it("limits a company to its own active-contract neighborhoods, ignoring its token's grant", () => {
    const company = caller(Role.PROPERTY_COMPANY, { organizationId: 'co1', grant: { ...EMPTY_GRANT, neighborhoodIds: ['n1', 'n2'] } });
    const scope = propertyScope(company, ['n1']);
    expect(isInScope(scope, path, 'co1')).toBe(true);
    expect(isInScope(scope, path, 'co2')).toBe(false);
    expect(isInScope(scope, { ...path, neighborhoodId: 'n2' }, 'co1')).toBe(false);
    expect(scopeSql(scope, 'r')).toEqual({ sql: '((r.neighborhood_id in (?)) and r.company_id = ?)', params: ['n1', 'co1'] });
  });
  it('gives area roles their area, residents and joint units no places', () => {
    const street = propertyScope(caller(Role.STREET, { grant: { ...EMPTY_GRANT, streetIds: ['s1'], districtIds: ['d1'] } }), []);
    expect(isInScope(street, path, 'any')).toBe(true);
    expect(isInScope(street, { ...path, streetId: 's2', districtId: 'd1' }, 'any')).toBe(false);
    expect(scopeSql(propertyScope(caller(Role.RESIDENT, { personId: 'p1' }), []), 'r')).toEqual({ sql: 'false', params: [] });
    expect(scopeSql(propertyScope(caller(Role.JOINT_UNIT, { grant: { ...EMPTY_GRANT, communityIds: ['c1'] } }), []), 'r')).toEqual({ sql: 'false', params: [] });
  });
});

describe("an owners' committee in the property scope", () => {
  const caller = (neighborhoodIds: string[]) => ({
    subject: 'committee',
    role: Role.OWNERS_COMMITTEE,
    personId: null,
    organizationId: '3f1c2a4e-8b1d-4c55-9a27-0d9e5b7c1a42',
    grant: { districtIds: [], streetIds: [], communityIds: [], neighborhoodIds },
    tokenId: null,
  });
  const a = '4f1c2a4e-8b1d-4c55-9a27-0d9e5b7c1a42';
  const b = '5f1c2a4e-8b1d-4c55-9a27-0d9e5b7c1a42';

  it('acts for its one neighborhood', () => {
    expect([...propertyScope(caller([a]), []).neighborhoodIds]).toEqual([a]);
  });

  it('reaches no neighborhood with a token that names several', () => {
    expect([...propertyScope(caller([a, b]), []).neighborhoodIds]).toEqual([]);
  });
});
