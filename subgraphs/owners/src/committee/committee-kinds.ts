import { registerEnumType } from 'type-graphql';

export enum CommitteeStatus {
  ACTIVE = 'ACTIVE',
  TERM_ENDED = 'TERM_ENDED',
}
registerEnumType(CommitteeStatus, {
  name: 'OwnersCommitteeStatus',
  description: "State of an owners' committee (业委会状态).",
  valuesConfig: { ACTIVE: { description: 'In office (在任).' }, TERM_ENDED: { description: 'Its term has ended (届满).' } },
});

export enum CommitteeRole {
  DIRECTOR = 'DIRECTOR',
  DEPUTY_DIRECTOR = 'DEPUTY_DIRECTOR',
  MEMBER = 'MEMBER',
  EXECUTIVE_SECRETARY = 'EXECUTIVE_SECRETARY',
}
registerEnumType(CommitteeRole, {
  name: 'OwnersCommitteeRole',
  description: "A post on an owners' committee (业委会职务).",
  valuesConfig: {
    DIRECTOR: { description: 'Director (主任).' },
    DEPUTY_DIRECTOR: { description: 'Deputy director (副主任).' },
    MEMBER: { description: 'Member (委员).' },
    EXECUTIVE_SECRETARY: { description: 'Executive secretary (执行秘书), not a voting member.' },
  },
});
