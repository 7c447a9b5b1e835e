import { registerEnumType } from 'type-graphql';

export enum PropertyCompanyStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  DEREGISTERED = 'DEREGISTERED',
}

registerEnumType(PropertyCompanyStatus, {
  name: 'PropertyCompanyStatus',
  description: 'Standing of a property company (物业企业状态).',
  valuesConfig: {
    ACTIVE: { description: 'Operating; may hold new contracts (正常经营).' },
    SUSPENDED: { description: 'Suspended by the authority; keeps its contracts but may not sign new ones (暂停).' },
    DEREGISTERED: { description: 'Deregistered; history only (注销).' },
  },
});
