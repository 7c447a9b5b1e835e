import { registerEnumType } from 'type-graphql';

/** What a need asks for or a resource offers: the common subject of the three lists (三张清单). */
export enum CobuildingCategory {
  ELDERLY_CARE = 'ELDERLY_CARE',
  CHILDREN = 'CHILDREN',
  HEALTH = 'HEALTH',
  EDUCATION = 'EDUCATION',
  ENVIRONMENT = 'ENVIRONMENT',
  FACILITIES = 'FACILITIES',
  SAFETY = 'SAFETY',
  LEGAL_AID = 'LEGAL_AID',
  EMPLOYMENT = 'EMPLOYMENT',
  CULTURE = 'CULTURE',
}

registerEnumType(CobuildingCategory, {
  name: 'CobuildingCategory',
  description: 'Subject of a need or resource (需求/资源类别).',
  valuesConfig: {
    ELDERLY_CARE: { description: 'Care for the elderly (为老服务).' },
    CHILDREN: { description: 'Children and youth (关爱儿童).' },
    HEALTH: { description: 'Health care (健康医疗).' },
    EDUCATION: { description: 'Education and training (教育培训).' },
    ENVIRONMENT: { description: 'Environment and greening (环境整治).' },
    FACILITIES: { description: 'Facilities and repairs (设施改造).' },
    SAFETY: { description: 'Safety and security (平安建设).' },
    LEGAL_AID: { description: 'Legal advice (法律服务).' },
    EMPLOYMENT: { description: 'Jobs and livelihood (就业帮扶).' },
    CULTURE: { description: 'Culture and sport (文体活动).' },
  },
});
