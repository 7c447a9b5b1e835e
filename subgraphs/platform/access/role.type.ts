import { registerEnumType } from 'type-graphql';
import { Role } from './role.js';

/** Role as a GraphQL enum (调用方角色), for fields that show a caller's role; import Role from here in such files. */
registerEnumType(Role, {
  name: 'Role',
  description: 'Kind of caller (调用方角色).',
  valuesConfig: {
    DISTRICT: { description: 'District government app (区/县).' },
    STREET: { description: 'Street office app (街道).' },
    COMMUNITY: { description: 'Community worker (社区工作者).' },
    PARTY_BRANCH: { description: 'Neighborhood party branch (小区党支部).' },
    PROPERTY_COMPANY: { description: 'Property company (物业企业).' },
    OWNERS_COMMITTEE: { description: "Owners' committee (业主委员会)." },
    JOINT_UNIT: { description: 'Joint-building unit (共驻共建单位).' },
    RESIDENT: { description: 'Resident or owner (居民/业主).' },
  },
});

export { Role };
