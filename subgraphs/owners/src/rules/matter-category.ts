import { registerEnumType } from 'type-graphql';

/** Matters of 民法典 Art. 278. */
export enum MatterCategory {
  RULES_OF_PROCEDURE = 'RULES_OF_PROCEDURE',
  MANAGEMENT_COVENANT = 'MANAGEMENT_COVENANT',
  ELECT_COMMITTEE = 'ELECT_COMMITTEE',
  HIRE_OR_DISMISS_PROPERTY_COMPANY = 'HIRE_OR_DISMISS_PROPERTY_COMPANY',
  USE_MAINTENANCE_FUND = 'USE_MAINTENANCE_FUND',
  RAISE_MAINTENANCE_FUND = 'RAISE_MAINTENANCE_FUND',
  REBUILD = 'REBUILD',
  CHANGE_COMMON_PARTS_USE = 'CHANGE_COMMON_PARTS_USE',
  OTHER_MAJOR_MATTER = 'OTHER_MAJOR_MATTER',
}
registerEnumType(MatterCategory, {
  name: 'OwnersMatterCategory',
  description: 'Matter decided by the owners (民法典第二百七十八条 共同决定事项).',
  valuesConfig: {
    RULES_OF_PROCEDURE: { description: 'Rules of procedure of the assembly (制定和修改业主大会议事规则). Ordinary.' },
    MANAGEMENT_COVENANT: { description: 'Management covenant (制定和修改管理规约). Ordinary.' },
    ELECT_COMMITTEE: { description: "Electing or replacing the owners' committee (选举业主委员会或者更换业主委员会成员). Ordinary." },
    HIRE_OR_DISMISS_PROPERTY_COMPANY: { description: 'Hiring or dismissing the property company (选聘和解聘物业服务企业). Ordinary.' },
    USE_MAINTENANCE_FUND: { description: 'Using the maintenance fund (使用建筑物及其附属设施的维修资金). Ordinary.' },
    RAISE_MAINTENANCE_FUND: { description: 'Raising the maintenance fund (筹集建筑物及其附属设施的维修资金). Special: 3/4.' },
    REBUILD: { description: 'Rebuilding or reconstructing buildings and facilities (改建、重建建筑物及其附属设施). Special: 3/4.' },
    CHANGE_COMMON_PARTS_USE: { description: 'Changing the use of common parts or running a business on them (改变共有部分的用途或者利用共有部分从事经营活动). Special: 3/4.' },
    OTHER_MAJOR_MATTER: { description: 'Other major matters of common and joint management (有关共有和共同管理权利的其他重大事项). Ordinary.' },
  },
});

const SPECIAL = new Set([MatterCategory.RAISE_MAINTENANCE_FUND, MatterCategory.REBUILD, MatterCategory.CHANGE_COMMON_PARTS_USE]);

/** Special matters need 3/4; every other matter a simple majority. */
export function matterWeight(category: MatterCategory): 'ORDINARY' | 'SPECIAL' {
  return SPECIAL.has(category) ? 'SPECIAL' : 'ORDINARY';
}
