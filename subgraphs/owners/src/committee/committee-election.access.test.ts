import { EMPTY_GRANT } from '../../../platform/access/caller.js';
import { Role } from '../../../platform/access/role.js';
import { refusalOf } from '../../../../test/harness/refusal.js';
import { callerAs as caller } from '../../../../test/harness/test-caller.js';
import { assertMayKeepNegativeList, assertMayRecordFiling } from './committee-election.access.js';

const street = caller(Role.STREET, { grant: { ...EMPTY_GRANT, streetIds: ['s'] } });

describe('committee election access', () => {
  it("leaves a street's negative list to its street office", () => {
    expect(() => assertMayKeepNegativeList(street, 's')).not.toThrow();
    expect(refusalOf(() => assertMayKeepNegativeList(street, 's2'))).toEqual({ message: 'Only the street office keeps its negative list.', extensions: { code: 'FORBIDDEN' } });
    expect(refusalOf(() => assertMayKeepNegativeList(caller(Role.DISTRICT, { grant: { ...EMPTY_GRANT, districtIds: ['d'], streetIds: ['s'] } }), 's'))).toEqual({
      message: 'Only the street office keeps its negative list.',
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it("leaves recording a committee's filing to the street office of its street", () => {
    expect(() => assertMayRecordFiling(street, { streetId: 's' })).not.toThrow();
    expect(refusalOf(() => assertMayRecordFiling(caller(Role.OWNERS_COMMITTEE, { organizationId: 'o', grant: { ...EMPTY_GRANT, streetIds: ['s'] } }), { streetId: 's' }))).toEqual({
      message: 'Only the street office of the neighborhood records a filing.',
      extensions: { code: 'FORBIDDEN' },
    });
  });
});
