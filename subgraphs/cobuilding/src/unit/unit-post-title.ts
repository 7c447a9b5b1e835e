import { registerEnumType } from 'type-graphql';

/** Posts a unit's people hold towards a community (双向进入、交叉任职 on the unit side). */
export enum UnitPostTitle {
  LIAISON = 'LIAISON',
  FIRST_SECRETARY = 'FIRST_SECRETARY',
  PART_TIME_COMMITTEE_MEMBER = 'PART_TIME_COMMITTEE_MEMBER',
  VOLUNTEER_LEADER = 'VOLUNTEER_LEADER',
  WEEKEND_SECRETARY = 'WEEKEND_SECRETARY',
}

/** The Chinese title of each post, as Person.posts shows it. */
export const UNIT_POST_TITLE_TEXT: Record<UnitPostTitle, string> = {
  LIAISON: '联络员',
  FIRST_SECRETARY: '第一书记',
  PART_TIME_COMMITTEE_MEMBER: '兼职委员',
  VOLUNTEER_LEADER: '志愿服务队长',
  WEEKEND_SECRETARY: '周末书记',
};

registerEnumType(UnitPostTitle, {
  name: 'JointUnitPostTitle',
  description: 'Post a person holds for a joint-building unit (共建单位职务).',
  valuesConfig: {
    LIAISON: { description: "The unit's contact person for the community (联络员)." },
    FIRST_SECRETARY: { description: 'First secretary sent by the unit (第一书记).' },
    PART_TIME_COMMITTEE_MEMBER: { description: 'Part-time member of the community party committee (兼职委员).' },
    VOLUNTEER_LEADER: { description: "Leader of the unit's volunteer team (志愿服务队长)." },
    WEEKEND_SECRETARY: { description: 'Weekend secretary sent by a resident unit (周末书记).' },
  },
});
