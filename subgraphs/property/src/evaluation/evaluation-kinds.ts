import { registerEnumType } from 'type-graphql';

/** The named criteria every evaluation scores (评议指标). */
export enum EvaluationCriterion {
  SERVICE_ATTITUDE = 'SERVICE_ATTITUDE',
  CLEANLINESS = 'CLEANLINESS',
  SECURITY = 'SECURITY',
  FACILITY_MAINTENANCE = 'FACILITY_MAINTENANCE',
  GREENERY = 'GREENERY',
  REQUEST_HANDLING = 'REQUEST_HANDLING',
  PARTY_BUILDING = 'PARTY_BUILDING',
}

registerEnumType(EvaluationCriterion, {
  name: 'EvaluationCriterion',
  description: 'A named criterion of a service evaluation (评议指标); each is scored 0–100.',
  valuesConfig: {
    SERVICE_ATTITUDE: { description: 'Service attitude (服务态度).' },
    CLEANLINESS: { description: 'Cleaning and sanitation (环境卫生).' },
    SECURITY: { description: 'Order and security (秩序维护).' },
    FACILITY_MAINTENANCE: { description: 'Maintenance of facilities and equipment (设施设备维护).' },
    GREENERY: { description: 'Greenery upkeep (绿化养护).' },
    REQUEST_HANDLING: { description: 'Handling of resident requests (诉求办理).' },
    PARTY_BUILDING: { description: 'Working under the branch, 红色物业 (党建引领).' },
  },
});

export enum PropertyEvaluator {
  PARTY_BRANCH = 'PARTY_BRANCH',
  OWNERS_COMMITTEE = 'OWNERS_COMMITTEE',
}

registerEnumType(PropertyEvaluator, {
  name: 'PropertyEvaluator',
  description: 'Who evaluated the company (评议主体).',
  valuesConfig: {
    PARTY_BRANCH: { description: 'The neighborhood party branch (小区党支部).' },
    OWNERS_COMMITTEE: { description: "The owners' committee (业主委员会)." },
  },
});
