import { registerEnumType } from 'type-graphql';
import type { PostOrganizationType } from '../../../platform/governance/post-summary.js';
import { PartyOrganizationKind } from '../organization/organization-kinds.js';

/** Kinds of cross-appointment (双向进入、交叉任职), as published practice lists them. */
export enum CrossAppointmentKind {
  COMMUNITY_PROPERTY_SUPERVISOR = 'COMMUNITY_PROPERTY_SUPERVISOR',
  COMMUNITY_VOLUNTEER_DIRECTOR = 'COMMUNITY_VOLUNTEER_DIRECTOR',
  GRID_WORKER_PROPERTY_ADMINISTRATOR = 'GRID_WORKER_PROPERTY_ADMINISTRATOR',
  PROPERTY_MANAGER_BRANCH_COMMITTEE = 'PROPERTY_MANAGER_BRANCH_COMMITTEE',
  OWNERS_MEMBER_BRANCH_COMMITTEE = 'OWNERS_MEMBER_BRANCH_COMMITTEE',
  PROPERTY_HEAD_PART_TIME_COMMITTEE = 'PROPERTY_HEAD_PART_TIME_COMMITTEE',
  JOINT_UNIT_PART_TIME_COMMITTEE = 'JOINT_UNIT_PART_TIME_COMMITTEE',
  FIRST_SECRETARY = 'FIRST_SECRETARY',
  WEEKEND_SECRETARY = 'WEEKEND_SECRETARY',
}

/** Where each kind comes from and goes to: the home organisation's type, the host's type and, for a party host, its kinds. */
export interface CrossAppointmentRule {
  title: string;
  home: PostOrganizationType;
  host: PostOrganizationType;
  hostPartyKinds?: readonly PartyOrganizationKind[];
}

const BRANCH = [PartyOrganizationKind.NEIGHBORHOOD_BRANCH];
const COMMITTEES = [PartyOrganizationKind.COMMUNITY_COMMITTEE, PartyOrganizationKind.STREET_WORKING_COMMITTEE];
const SECRETARY_HOSTS = [PartyOrganizationKind.NEIGHBORHOOD_BRANCH, PartyOrganizationKind.COMMUNITY_COMMITTEE];

export const CROSS_APPOINTMENT_RULES: Record<CrossAppointmentKind, CrossAppointmentRule> = {
  COMMUNITY_PROPERTY_SUPERVISOR: { title: '物业服务质量监督员', home: 'Community', host: 'PropertyCompany' },
  COMMUNITY_VOLUNTEER_DIRECTOR: { title: '物业义务总监', home: 'Community', host: 'PropertyCompany' },
  GRID_WORKER_PROPERTY_ADMINISTRATOR: { title: '网格员兼物业管理员', home: 'Community', host: 'PropertyCompany' },
  PROPERTY_MANAGER_BRANCH_COMMITTEE: { title: '物业项目经理兼支部委员', home: 'PropertyCompany', host: 'PartyOrganization', hostPartyKinds: BRANCH },
  OWNERS_MEMBER_BRANCH_COMMITTEE: { title: '业委会委员兼支部委员', home: 'OwnersCommittee', host: 'PartyOrganization', hostPartyKinds: BRANCH },
  PROPERTY_HEAD_PART_TIME_COMMITTEE: { title: '物业负责人兼职委员', home: 'PropertyCompany', host: 'PartyOrganization', hostPartyKinds: COMMITTEES },
  JOINT_UNIT_PART_TIME_COMMITTEE: { title: '共建单位党员兼职委员', home: 'JointBuildingUnit', host: 'PartyOrganization', hostPartyKinds: COMMITTEES },
  FIRST_SECRETARY: { title: '第一书记', home: 'JointBuildingUnit', host: 'PartyOrganization', hostPartyKinds: SECRETARY_HOSTS },
  WEEKEND_SECRETARY: { title: '周末书记', home: 'JointBuildingUnit', host: 'PartyOrganization', hostPartyKinds: SECRETARY_HOSTS },
};

registerEnumType(CrossAppointmentKind, {
  name: 'CrossAppointmentKind',
  description: 'Kind of cross-appointment (交叉任职类型): where the person comes from and where they serve.',
  valuesConfig: {
    COMMUNITY_PROPERTY_SUPERVISOR: { description: 'A community committee member as property service-quality supervisor (物业服务质量监督员): Community → PropertyCompany.' },
    COMMUNITY_VOLUNTEER_DIRECTOR: { description: 'A community committee member as volunteer director of the property company (义务总监): Community → PropertyCompany.' },
    GRID_WORKER_PROPERTY_ADMINISTRATOR: { description: 'A grid worker as property administrator (网格员兼物业管理员): Community → PropertyCompany.' },
    PROPERTY_MANAGER_BRANCH_COMMITTEE: { description: "A property project manager on the neighborhood branch committee (物业项目经理进支部班子): PropertyCompany → neighborhood branch." },
    OWNERS_MEMBER_BRANCH_COMMITTEE: { description: "An owners' committee member on the branch committee (业委会委员进支部班子): OwnersCommittee → neighborhood branch." },
    PROPERTY_HEAD_PART_TIME_COMMITTEE: { description: 'A property company head as part-time member of a community or street committee (兼职委员): PropertyCompany → committee.' },
    JOINT_UNIT_PART_TIME_COMMITTEE: { description: 'A joint-building unit member as part-time committee member (兼职委员): JointBuildingUnit → committee.' },
    FIRST_SECRETARY: { description: 'A first secretary sent by a government body (第一书记): JointBuildingUnit → branch or community committee.' },
    WEEKEND_SECRETARY: { description: 'A weekend secretary from a resident unit (周末书记): JointBuildingUnit → branch or community committee.' },
  },
});

export enum CrossAppointmentStatus {
  UPCOMING = 'UPCOMING',
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}

registerEnumType(CrossAppointmentStatus, {
  name: 'CrossAppointmentStatus',
  description: 'Whether a cross-appointment is in force today (任职状态).',
  valuesConfig: {
    UPCOMING: { description: 'Its term has not begun (未到任).' },
    ACTIVE: { description: 'In force (在任).' },
    ENDED: { description: 'Its term is over or it was ended early (已离任).' },
  },
});

/** Status on `day` (YYYY-MM-DD): ended early or past its last day → ENDED; before its first day → UPCOMING. */
export function crossAppointmentStatus(appointment: { termStart: string; termEnd: string; endedOn: string | null }, day: string): CrossAppointmentStatus {
  if ((appointment.endedOn !== null && appointment.endedOn < day) || appointment.termEnd < day) return CrossAppointmentStatus.ENDED;
  return appointment.termStart > day ? CrossAppointmentStatus.UPCOMING : CrossAppointmentStatus.ACTIVE;
}
