import { registerEnumType } from 'type-graphql';

export enum ServiceRequestCategory {
  NOISE = 'NOISE',
  PARKING = 'PARKING',
  ELEVATOR = 'ELEVATOR',
  DRAINAGE = 'DRAINAGE',
  EV_CHARGING = 'EV_CHARGING',
  GREENERY = 'GREENERY',
  SANITATION = 'SANITATION',
  OTHER = 'OTHER',
}

registerEnumType(ServiceRequestCategory, {
  name: 'ServiceRequestCategory',
  description: 'What a resident request is about (诉求类别).',
  valuesConfig: {
    NOISE: { description: 'Noise (噪音扰民).' },
    PARKING: { description: 'Parking (停车).' },
    ELEVATOR: { description: 'Elevators (电梯).' },
    DRAINAGE: { description: 'Drainage and sewage (排水、管道).' },
    EV_CHARGING: { description: 'Electric-bike and car charging (充电设施).' },
    GREENERY: { description: 'Greenery (绿化).' },
    SANITATION: { description: 'Sanitation and waste (环境卫生).' },
    OTHER: { description: 'Anything else (其他).' },
  },
});

export enum ServiceRequestStatus {
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  IN_PROGRESS = 'IN_PROGRESS',
  RESOLVED = 'RESOLVED',
  EVALUATED = 'EVALUATED',
  REOPENED = 'REOPENED',
  DECLINED = 'DECLINED',
  TRANSFERRED = 'TRANSFERRED',
  CANCELLED = 'CANCELLED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(ServiceRequestStatus, {
  name: 'ServiceRequestStatus',
  description: 'Where a request stands (诉求状态): 收集 → 办理 → 反馈 → 评价.',
  valuesConfig: {
    SUBMITTED: { description: 'Submitted, waiting for the company (已提交).' },
    ACCEPTED: { description: 'Accepted by the company (已受理).' },
    IN_PROGRESS: { description: 'Being handled (办理中).' },
    RESOLVED: { description: 'Reported resolved by the company, waiting for the resident (已办结).' },
    EVALUATED: { description: 'Evaluated by the resident with a satisfaction score (已评价).' },
    REOPENED: { description: 'Reopened because the resident was dissatisfied (重新办理).' },
    DECLINED: { description: 'Declined by the company, with its reason (不予受理); final.' },
    TRANSFERRED: { description: 'Handed by the company to the community as not its business (转交社区), waiting for the community or street to dispatch it.' },
    CANCELLED: { description: 'Cancelled by the company after acceptance, with its reason (撤销, e.g. a duplicate); final.' },
    WITHDRAWN: { description: 'Withdrawn by the resident before completion (居民撤回); final.' },
  },
});

export enum ServiceRequestAction {
  SUBMIT = 'SUBMIT',
  ACCEPT = 'ACCEPT',
  START = 'START',
  RESOLVE = 'RESOLVE',
  EVALUATE = 'EVALUATE',
  REOPEN = 'REOPEN',
  REASSIGN = 'REASSIGN',
  DECLINE = 'DECLINE',
  TRANSFER = 'TRANSFER',
  DISPATCH = 'DISPATCH',
  CANCEL = 'CANCEL',
  ASSIGN = 'ASSIGN',
  WITHDRAW = 'WITHDRAW',
}

registerEnumType(ServiceRequestAction, {
  name: 'ServiceRequestAction',
  description: 'A step of a request (诉求办理环节).',
  valuesConfig: {
    SUBMIT: { description: 'Submitted (提交).' },
    ACCEPT: { description: 'Accepted by the company (受理).' },
    START: { description: 'Work started (开始办理).' },
    RESOLVE: { description: 'Resolved, with a reply (办结反馈).' },
    EVALUATE: { description: 'Evaluated by the resident (评价).' },
    REOPEN: { description: 'Reopened by the dissatisfied resident (不满意重办).' },
    REASSIGN: { description: 'Moved to the right neighborhood by a community worker before acceptance (更正小区).' },
    DECLINE: { description: 'Declined by the company, with its reason (不予受理).' },
    TRANSFER: { description: 'Handed by the company to the community, with its reason (转交社区).' },
    DISPATCH: { description: 'Dispatched by the community or street to the company serving a neighborhood today (派单).' },
    CANCEL: { description: 'Cancelled by the company, with its reason (撤销).' },
    ASSIGN: { description: 'Assigned by the company to a member of its project staff (派工).' },
    WITHDRAW: { description: 'Withdrawn by the resident before completion (撤回).' },
  },
});
