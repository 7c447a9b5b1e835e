import { Role } from './role.js';
import { EMPTY_GRANT, type Caller } from './caller.js';
import { usableUntil } from './grant-age.js';

const caller = (role: Role): Caller => ({ subject: 's', role, personId: null, organizationId: null, grant: EMPTY_GRANT, tokenId: null });

describe('grant age', () => {
  it('bounds a property company token by its issue time, other roles by their expiry only', () => {
    expect(usableUntil(caller(Role.PROPERTY_COMPANY), 1000, 50_000, 300)).toBe(1_300_000);
    expect(usableUntil(caller(Role.PROPERTY_COMPANY), 1000, 1100, 300)).toBe(1_100_000);
    expect(usableUntil(caller(Role.PROPERTY_COMPANY), undefined, 50_000, 300)).toBe(0);
    expect(usableUntil(caller(Role.DISTRICT), 1000, 50_000, 300)).toBe(50_000_000);
  });
});
