import { Role } from '../../../platform/access/role.js';
import { callerAs as caller } from '../../../../test/harness/test-caller.js';
import type { WebhookSubscription } from './webhook-subscription.entity.js';
import { ownsSubscription, subscriptionOwnerOf } from './webhook-subscription.access.js';

describe('subscriptionOwnerOf', () => {
  it('stores the role, organisation and account that made the subscription', () => {
    expect(subscriptionOwnerOf(caller(Role.PROPERTY_COMPANY, { organizationId: 'p', subject: 'acct' }))).toEqual({ ownerRole: Role.PROPERTY_COMPANY, ownerOrganizationId: 'p', ownerSubject: 'acct' });
  });

  it('makes the maker its owner, and a caller in another role not', () => {
    const maker = caller(Role.STREET, { subject: 'street-acct' });
    const subscription = subscriptionOwnerOf(maker) as WebhookSubscription;
    expect(ownsSubscription(maker, subscription)).toBe(true);
    expect(ownsSubscription(caller(Role.COMMUNITY, { subject: 'street-acct' }), subscription)).toBe(false);
  });
});
