import { testCaller } from '../../../platform/access/caller.fixture.js';
import { Role } from '../../../platform/access/role.js';
import { assertMayReadResources } from './resource.access.js';

describe('resource access', () => {
  it('publishes the resources list to everyone but residents', () => {
    expect(() => assertMayReadResources(testCaller(Role.RESIDENT))).toThrow('Residents may not list resources: post a micro-wish instead.');
    for (const role of [Role.DISTRICT, Role.JOINT_UNIT, Role.OWNERS_COMMITTEE]) expect(() => assertMayReadResources(testCaller(role))).not.toThrow();
  });
});
