import { registerEnumType } from 'type-graphql';
import { MatterStep } from '../../../platform/access/matter-certificate.js';

/** Where a governance matter stands in 三议一服务; derived from deliberations and the other subgraphs' facts, never set. */
export enum GovernanceStage {
  PROPOSED = 'PROPOSED',
  REJECTED = 'REJECTED',
  DELIBERATED = 'DELIBERATED',
  RESOLVING = 'RESOLVING',
  NOT_ADOPTED = 'NOT_ADOPTED',
  RESOLVED = 'RESOLVED',
  SERVING = 'SERVING',
  COMPLETED = 'COMPLETED',
  EVALUATED = 'EVALUATED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(GovernanceStage, {
  name: 'GovernanceStage',
  description: 'Stage of a governance matter in 三议一服务 (议事进度), derived from what every subgraph recorded.',
  valuesConfig: {
    PROPOSED: { description: 'Proposed by the branch (提议); no joint meeting has agreed it yet.' },
    REJECTED: { description: 'A joint meeting rejected it (商议未通过).' },
    DELIBERATED: { description: "Agreed by a joint meeting (商议); awaiting the owners' decision or the service." },
    RESOLVING: { description: "Put to the owners' assembly; the motion is not decided yet (决议中)." },
    NOT_ADOPTED: { description: "The owners' assembly did not adopt it (决议未通过)." },
    RESOLVED: { description: "Adopted by the owners' assembly (决议通过); awaiting the service." },
    SERVING: { description: 'Being carried out: a service request or co-building project is in progress (服务中).' },
    COMPLETED: { description: 'Carried out (办结), not yet all evaluated by residents.' },
    EVALUATED: { description: 'Carried out and evaluated by residents (已评价).' },
    WITHDRAWN: { description: 'Withdrawn by the branch before a joint meeting agreed or rejected it (已撤回); kept as history.' },
  },
});

registerEnumType(MatterStep, {
  name: 'MatterStep',
  description: 'The next step of 三议一服务 another subgraph may link a record for (下一步).',
  valuesConfig: {
    RESOLVE: { description: "The owners' committee may put a motion to the owners' assembly (决议)." },
    SERVE: { description: 'The property company may open service requests, a joint-building unit may run a project (服务).' },
  },
});

export enum MatterCategory {
  FACILITY_REPAIR = 'FACILITY_REPAIR',
  ENVIRONMENT = 'ENVIRONMENT',
  PARKING = 'PARKING',
  SAFETY = 'SAFETY',
  ELDERLY_CARE = 'ELDERLY_CARE',
  MAINTENANCE_FUND_USE = 'MAINTENANCE_FUND_USE',
  COMMON_PART_USE = 'COMMON_PART_USE',
  PROPERTY_EVALUATION = 'PROPERTY_EVALUATION',
  PROPERTY_COMPANY_CHANGE = 'PROPERTY_COMPANY_CHANGE',
}

registerEnumType(MatterCategory, {
  name: 'GovernanceMatterCategory',
  description: 'What a governance matter is about (事项类别).',
  valuesConfig: {
    FACILITY_REPAIR: { description: 'Repairing facilities (设施维修).' },
    ENVIRONMENT: { description: 'Environment (环境整治).' },
    PARKING: { description: 'Parking (停车管理).' },
    SAFETY: { description: 'Safety and fire lanes (安全隐患).' },
    ELDERLY_CARE: { description: 'Elderly care (养老助餐).' },
    MAINTENANCE_FUND_USE: { description: 'Using the maintenance fund (使用维修资金); needs the owners\' decision.' },
    COMMON_PART_USE: { description: 'Using common parts (共有部分使用); needs the owners\' decision.' },
    PROPERTY_EVALUATION: { description: 'Evaluating the property company (物业服务评议); names the company concerned.' },
    PROPERTY_COMPANY_CHANGE: { description: "Hiring or dismissing the property company (选聘、解聘物业服务企业); needs the owners' decision." },
  },
});

export enum DeliberationOutcome {
  AGREED = 'AGREED',
  REJECTED = 'REJECTED',
  DEFERRED = 'DEFERRED',
}

registerEnumType(DeliberationOutcome, {
  name: 'DeliberationOutcome',
  description: 'What a joint meeting decided about a matter (商议结果).',
  valuesConfig: {
    AGREED: { description: 'Agreed (同意).' },
    REJECTED: { description: 'Rejected (不同意).' },
    DEFERRED: { description: 'Deferred to a later meeting (暂缓).' },
  },
});

export enum MeetingCapacity {
  PARTY = 'PARTY',
  OWNERS_COMMITTEE = 'OWNERS_COMMITTEE',
  PROPERTY_COMPANY = 'PROPERTY_COMPANY',
  RESIDENT = 'RESIDENT',
  JOINT_UNIT = 'JOINT_UNIT',
  GOVERNMENT = 'GOVERNMENT',
}

registerEnumType(MeetingCapacity, {
  name: 'MeetingCapacity',
  description: 'In which capacity someone takes part in a joint meeting (参会身份).',
  valuesConfig: {
    PARTY: { description: 'For the party organisation (党组织).' },
    OWNERS_COMMITTEE: { description: "For the owners' committee (业委会)." },
    PROPERTY_COMPANY: { description: 'For the property company (物业企业).' },
    RESIDENT: { description: 'A resident representative (居民代表).' },
    JOINT_UNIT: { description: 'For a joint-building unit (共驻共建单位).' },
    GOVERNMENT: { description: 'For a government office (街道/社区).' },
  },
});

export enum JointMeetingStatus {
  SCHEDULED = 'SCHEDULED',
  HELD = 'HELD',
}

registerEnumType(JointMeetingStatus, {
  name: 'JointMeetingStatus',
  description: 'Whether a joint meeting has taken place (会议状态), from its time.',
  valuesConfig: {
    SCHEDULED: { description: 'Still to be held (待召开).' },
    HELD: { description: 'Held (已召开).' },
  },
});
