import { registerEnumType } from 'type-graphql';

/** Kinds of party organisation: the five-level tree and the other organisations practice has. */
export enum PartyOrganizationKind {
  STREET_WORKING_COMMITTEE = 'STREET_WORKING_COMMITTEE',
  COMMUNITY_COMMITTEE = 'COMMUNITY_COMMITTEE',
  NEIGHBORHOOD_BRANCH = 'NEIGHBORHOOD_BRANCH',
  BUILDING_GROUP = 'BUILDING_GROUP',
  PROPERTY_COMPANY_BRANCH = 'PROPERTY_COMPANY_BRANCH',
  RETIRED_MEMBERS_BRANCH = 'RETIRED_MEMBERS_BRANCH',
  JOINT_UNIT_ORGANIZATION = 'JOINT_UNIT_ORGANIZATION',
}

registerEnumType(PartyOrganizationKind, {
  name: 'PartyOrganizationKind',
  description: 'Kind of party organisation (党组织类型).',
  valuesConfig: {
    STREET_WORKING_COMMITTEE: { description: 'Street party working committee (街道党工委): root of a street\'s tree.' },
    COMMUNITY_COMMITTEE: { description: 'Community party committee (社区党委), under the street working committee.' },
    NEIGHBORHOOD_BRANCH: { description: 'Neighborhood party branch (小区党支部): single, joint or grid, under the community committee.' },
    BUILDING_GROUP: { description: 'Building party group (楼栋党小组), under a neighborhood branch.' },
    PROPERTY_COMPANY_BRANCH: { description: "A property company's party organisation (物业企业党组织, 红色物业)." },
    RETIRED_MEMBERS_BRANCH: { description: "Retired members' branch (离退休党员党支部)." },
    JOINT_UNIT_ORGANIZATION: { description: "A joint-building unit's party organisation (共驻共建单位党组织); outside the street's tree." },
  },
});

/** How a neighborhood branch is formed. */
export enum PartyBranchForm {
  SINGLE = 'SINGLE',
  JOINT = 'JOINT',
  GRID = 'GRID',
}

registerEnumType(PartyBranchForm, {
  name: 'PartyBranchForm',
  description: 'How a neighborhood branch is formed (组建方式).',
  valuesConfig: {
    SINGLE: { description: 'Its own branch for one neighborhood (单建): needs at least 3 formal members living there.' },
    JOINT: { description: 'Joint branch covering several small neighborhoods (联建/联合党支部).' },
    GRID: { description: 'Grid branch (网格党支部) covering the neighborhoods of one grid.' },
  },
});

/** Kinds that hold memberships directly (a building group's members belong to its branch). */
export const MEMBERSHIP_HOLDERS: ReadonlySet<PartyOrganizationKind> = new Set([
  PartyOrganizationKind.STREET_WORKING_COMMITTEE,
  PartyOrganizationKind.COMMUNITY_COMMITTEE,
  PartyOrganizationKind.NEIGHBORHOOD_BRANCH,
  PartyOrganizationKind.PROPERTY_COMPANY_BRANCH,
  PartyOrganizationKind.RETIRED_MEMBERS_BRANCH,
  PartyOrganizationKind.JOINT_UNIT_ORGANIZATION,
]);

/** Kinds that apply for a star rating (星级评定). */
export const RATED_KINDS: ReadonlySet<PartyOrganizationKind> = new Set([
  PartyOrganizationKind.NEIGHBORHOOD_BRANCH,
  PartyOrganizationKind.PROPERTY_COMPANY_BRANCH,
  PartyOrganizationKind.RETIRED_MEMBERS_BRANCH,
]);
