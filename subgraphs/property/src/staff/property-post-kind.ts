import { registerEnumType } from 'type-graphql';

export enum PropertyPostKind {
  PROJECT_MANAGER = 'PROJECT_MANAGER',
  ADMINISTRATOR = 'ADMINISTRATOR',
  CUSTOMER_SERVICE = 'CUSTOMER_SERVICE',
  MAINTENANCE_LEAD = 'MAINTENANCE_LEAD',
}

registerEnumType(PropertyPostKind, {
  name: 'PropertyPostKind',
  description: 'A post on a property service project (物业项目岗位).',
  valuesConfig: {
    PROJECT_MANAGER: { description: 'Project manager (项目经理); at most one at a time per contract.' },
    ADMINISTRATOR: { description: 'Property administrator (物业管理员), e.g. a grid worker serving as one.' },
    CUSTOMER_SERVICE: { description: 'Customer service lead (客服主管).' },
    MAINTENANCE_LEAD: { description: 'Maintenance lead (工程主管).' },
  },
});
