import { ServiceRequestStatus } from '../request/request-kinds.js';
import { PropertyPostKind } from '../staff/property-post-kind.js';
import { dayBefore, isPostActiveOn, recusalsAmong, serviceFacts, summarizePost } from './governance.rules.js';

describe('service facts of a governance matter', () => {
  it('counts resolved and evaluated requests as completed, everything else (a reopened one included) as pending, none failed', () => {
    const counts = new Map([
      [ServiceRequestStatus.SUBMITTED, 1],
      [ServiceRequestStatus.IN_PROGRESS, 2],
      [ServiceRequestStatus.REOPENED, 1],
      [ServiceRequestStatus.RESOLVED, 3],
      [ServiceRequestStatus.EVALUATED, 4],
    ]);
    expect(serviceFacts(counts)).toEqual({ linked: 11, pending: 4, completed: 7, evaluated: 4, failed: 0 });
    expect(serviceFacts(new Map())).toEqual({ linked: 0, pending: 0, completed: 0, evaluated: 0, failed: 0 });
  });
});

describe('recusal (回避)', () => {
  const [a, b, c] = ['a0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000003'];
  const [x, y] = ['c0000000-0000-4000-8000-00000000000a', 'c0000000-0000-4000-8000-00000000000b'];

  it('flags each person once per company and kind of post, in the order of the persons, and only for the companies concerned', () => {
    const posts = [
      { personId: b, companyId: x, kind: PropertyPostKind.ADMINISTRATOR },
      { personId: b, companyId: x, kind: PropertyPostKind.PROJECT_MANAGER },
      { personId: b, companyId: x, kind: PropertyPostKind.PROJECT_MANAGER },
      { personId: a, companyId: x, kind: PropertyPostKind.MAINTENANCE_LEAD },
      { personId: c, companyId: y, kind: PropertyPostKind.PROJECT_MANAGER },
    ];
    expect(recusalsAmong([b, a, c, b], [x], posts)).toEqual([
      { personId: b, companyId: x, postKind: PropertyPostKind.PROJECT_MANAGER, reason: '所涉物业企业的项目经理，与所议事项有利害关系，应回避' },
      { personId: b, companyId: x, postKind: PropertyPostKind.ADMINISTRATOR, reason: '所涉物业企业的物业管理员，与所议事项有利害关系，应回避' },
      { personId: a, companyId: x, postKind: PropertyPostKind.MAINTENANCE_LEAD, reason: '所涉物业企业的工程主管，与所议事项有利害关系，应回避' },
    ]);
    expect(recusalsAmong([a, b, c], [], posts)).toEqual([]);
  });

  it('counts a post as held from its first day up to the day before endsOn', () => {
    expect(isPostActiveOn({ startsOn: '2026-01-01', endsOn: null }, '2026-01-01')).toBe(true);
    expect(isPostActiveOn({ startsOn: '2026-01-02', endsOn: null }, '2026-01-01')).toBe(false);
    expect(isPostActiveOn({ startsOn: '2026-01-01', endsOn: '2026-03-01' }, '2026-02-28')).toBe(true);
    expect(isPostActiveOn({ startsOn: '2026-01-01', endsOn: '2026-03-01' }, '2026-03-01')).toBe(false);
  });
});

describe('post summaries', () => {
  it('name the last day served, across month ends and leap days', () => {
    expect([dayBefore('2026-03-01'), dayBefore('2028-03-01'), dayBefore('2027-01-01')]).toEqual(['2026-02-28', '2028-02-29', '2026-12-31']);
    expect(summarizePost({ id: 'p', companyId: 'c', kind: PropertyPostKind.CUSTOMER_SERVICE, startsOn: '2025-05-01', endsOn: '2026-05-01' })).toEqual({
      postId: 'p', organizationType: 'PropertyCompany', organizationId: 'c', kind: 'CUSTOMER_SERVICE', title: '客服主管', since: '2025-05-01', until: '2026-04-30',
    });
  });
});
