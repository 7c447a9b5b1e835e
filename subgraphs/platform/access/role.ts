/**
 * The kinds of caller the graph serves; a token carries exactly one. A plain enum: its GraphQL type is registered in
 * role.type.ts, for the schemas that show a role, so what only checks a caller's role loads no GraphQL library.
 */
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

/** Every role a token may name. */
export const ROLES: ReadonlySet<string> = new Set<string>(Object.values(Role));

export const AREA_ROLES: ReadonlySet<Role> = new Set([Role.DISTRICT, Role.STREET, Role.COMMUNITY]);
