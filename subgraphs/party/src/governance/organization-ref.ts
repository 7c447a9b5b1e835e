import { createUnionType, registerEnumType } from 'type-graphql';
import type { PostOrganizationType } from '../../../platform/governance/post-summary.js';
import { PartyOrganization } from '../organization/organization.entity.js';
import { CommunityStub } from '../stubs/registry.stub.js';
import { PropertyCompanyStub } from '../stubs/property.stub.js';
import { OwnersCommitteeStub } from '../stubs/owners.stub.js';
import { JointBuildingUnitStub } from '../stubs/cobuilding.stub.js';

/** Kinds of organisation a post, an appointment or a meeting seat belongs to, as GraphQL input. */
export enum OrganizationType {
  PARTY_ORGANIZATION = 'PartyOrganization',
  PROPERTY_COMPANY = 'PropertyCompany',
  OWNERS_COMMITTEE = 'OwnersCommittee',
  JOINT_BUILDING_UNIT = 'JointBuildingUnit',
  COMMUNITY = 'Community',
}

registerEnumType(OrganizationType, {
  name: 'OrganizationType',
  description: 'Kind of organisation (组织类型).',
  valuesConfig: {
    PARTY_ORGANIZATION: { description: 'A party organisation (党组织).' },
    PROPERTY_COMPANY: { description: 'A property company (物业企业).' },
    OWNERS_COMMITTEE: { description: "An owners' committee (业主委员会)." },
    JOINT_BUILDING_UNIT: { description: 'A joint-building unit (共驻共建单位).' },
    COMMUNITY: { description: 'A community and its committees (社区"两委").' },
  },
});

/** An organisation by type and id, as stored: the type is the entity's GraphQL name. */
export interface OrganizationRef {
  type: PostOrganizationType;
  id: string;
}

export const Organization = createUnionType({
  name: 'Organization',
  description: 'Any organisation of the co-governance graph (组织): a party organisation, property company, owners\' committee, joint-building unit or community.',
  types: () => [PartyOrganization, PropertyCompanyStub, OwnersCommitteeStub, JointBuildingUnitStub, CommunityStub] as const,
  resolveType: (value) => (value instanceof PartyOrganization ? 'PartyOrganization' : (value as { __typename?: string }).__typename),
});

/** What a field of type Organization returns for a reference: the loaded party organisation, else a typed stub. */
export type OrganizationValue = PartyOrganization | { __typename: Exclude<PostOrganizationType, 'PartyOrganization'>; id: string };

export async function resolveOrganization(ref: OrganizationRef, loadParty: (id: string) => Promise<PartyOrganization | null>): Promise<OrganizationValue | null> {
  if (ref.type === 'PartyOrganization') return loadParty(ref.id);
  return { __typename: ref.type, id: ref.id };
}
