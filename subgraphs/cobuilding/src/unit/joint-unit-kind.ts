import { registerEnumType } from 'type-graphql';

/** What kind of organisation a joint-building unit is (the plan's JointUnitKind). */
export enum JointUnitKind {
  GOVERNMENT_BODY = 'GOVERNMENT_BODY',
  PUBLIC_INSTITUTION = 'PUBLIC_INSTITUTION',
  STATE_ENTERPRISE = 'STATE_ENTERPRISE',
  PRIVATE_ENTERPRISE = 'PRIVATE_ENTERPRISE',
  SOCIAL_ORGANIZATION = 'SOCIAL_ORGANIZATION',
  SCHOOL = 'SCHOOL',
}

registerEnumType(JointUnitKind, {
  name: 'JointUnitKind',
  description: 'Kind of joint-building unit (共驻共建单位类型).',
  valuesConfig: {
    GOVERNMENT_BODY: { description: 'Government body (机关).' },
    PUBLIC_INSTITUTION: { description: 'Public institution (事业单位).' },
    STATE_ENTERPRISE: { description: 'State-owned enterprise (国有企业).' },
    PRIVATE_ENTERPRISE: { description: 'Private enterprise (非公企业, one of the 两新组织).' },
    SOCIAL_ORGANIZATION: { description: 'Social organisation (社会组织, one of the 两新组织).' },
    SCHOOL: { description: 'School (学校).' },
  },
});
