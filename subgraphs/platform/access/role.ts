import { registerEnumType } from 'type-graphql';

/** The kinds of caller the graph serves; a token carries exactly one. */
export enum Role {
  DISTRICT = 'DISTRICT',
  STREET = 'STREET',
  COMMUNITY = 'COMMUNITY',
  PARTY_BRANCH = 'PARTY_BRANCH',
  PROPERTY_COMPANY = 'PROPERTY_COMPANY',
  OWNERS_COMMITTEE = 'OWNERS_COMMITTEE',
  JOINT_UNIT = 'JOINT_UNIT',
  RESIDENT = 'RESIDENT',
}

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

/** Every role a token may name. */
export const ROLES: ReadonlySet<string> = new Set<string>(Object.values(Role));

export const AREA_ROLES: ReadonlySet<Role> = new Set([Role.DISTRICT, Role.STREET, Role.COMMUNITY]);
