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

export enum AssemblyForm {
  ON_SITE = 'ON_SITE',
  WRITTEN = 'WRITTEN',
  ONLINE = 'ONLINE',
}
registerEnumType(AssemblyForm, {
  name: 'OwnersAssemblyForm',
  description: "How an owners' assembly is held (业主大会召开形式).",
  valuesConfig: {
    ON_SITE: { description: 'Meeting on site (集体讨论).' },
    WRITTEN: { description: 'Written consultation (书面征求意见).' },
    ONLINE: { description: 'Online voting (网络投票).' },
  },
});

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

export enum MotionStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(MotionStatus, {
  name: 'OwnersMotionStatus',
  description: 'Whether a motion is open for ballots (表决状态).',
  valuesConfig: { OPEN: { description: 'Accepting ballots (表决中).' }, CLOSED: { description: 'Closed and tallied (已计票).' } },
});

export enum BallotChoiceValue {
  FOR = 'FOR',
  AGAINST = 'AGAINST',
  ABSTAIN = 'ABSTAIN',
}
registerEnumType(BallotChoiceValue, {
  name: 'OwnersBallotChoice',
  description: 'A unit\'s vote on a motion (表决意见).',
  valuesConfig: { FOR: { description: 'Agree (同意).' }, AGAINST: { description: 'Disagree (反对).' }, ABSTAIN: { description: 'Abstain (弃权): takes part, does not approve.' } },
});

export enum BallotChannel {
  RESIDENT = 'RESIDENT',
  PAPER = 'PAPER',
  PROXY = 'PROXY',
}
registerEnumType(BallotChannel, {
  name: 'OwnersBallotChannel',
  description: 'How a ballot reached the record (投票方式).',
  valuesConfig: {
    RESIDENT: { description: 'Cast by an owner of the unit themself, online (业主本人网络投票).' },
    PAPER: { description: 'A paper ballot entered by the committee (纸质选票, 业委会录入).' },
    PROXY: { description: 'Cast by a proxy, entered by the committee with the proxy named (委托投票).' },
  },
});

export enum ResolutionOutcome {
  PASSED = 'PASSED',
  FAILED = 'FAILED',
  NO_QUORUM = 'NO_QUORUM',
}
registerEnumType(ResolutionOutcome, {
  name: 'ResolutionOutcome',
  description: 'What the tally decided (表决结果).',
  valuesConfig: {
    PASSED: { description: 'Quorum met and approved (通过).' },
    FAILED: { description: 'Quorum met, not approved (未通过).' },
    NO_QUORUM: { description: 'Too few owners or too little area took part (参与表决不足法定比例).' },
  },
});

export enum FundEntryKind {
  MAINTENANCE_FUND_USE = 'MAINTENANCE_FUND_USE',
  PUBLIC_REVENUE_INCOME = 'PUBLIC_REVENUE_INCOME',
  PUBLIC_REVENUE_EXPENSE = 'PUBLIC_REVENUE_EXPENSE',
}
registerEnumType(FundEntryKind, {
  name: 'OwnersFundEntryKind',
  description: 'A maintenance-fund application or a public-revenue ledger entry (维修资金/公共收益).',
  valuesConfig: {
    MAINTENANCE_FUND_USE: { description: 'Application to use the maintenance fund (维修资金使用申请): needs a passed USE_MAINTENANCE_FUND resolution or a documented emergency.' },
    PUBLIC_REVENUE_INCOME: { description: 'Income from common parts (公共收益收入, e.g. advertising): needs a passed CHANGE_COMMON_PARTS_USE resolution.' },
    PUBLIC_REVENUE_EXPENSE: { description: 'Spending public revenue (公共收益支出): needs a passed OTHER_MAJOR_MATTER or USE_MAINTENANCE_FUND resolution, or a documented emergency.' },
  },
});

/** Which passed resolutions authorise each kind of entry, and whether an emergency may stand in for one. */
export const FUND_AUTHORITY: Record<FundEntryKind, { categories: MatterCategory[]; emergencyAllowed: boolean }> = {
  [FundEntryKind.MAINTENANCE_FUND_USE]: { categories: [MatterCategory.USE_MAINTENANCE_FUND], emergencyAllowed: true },
  [FundEntryKind.PUBLIC_REVENUE_INCOME]: { categories: [MatterCategory.CHANGE_COMMON_PARTS_USE], emergencyAllowed: false },
  [FundEntryKind.PUBLIC_REVENUE_EXPENSE]: { categories: [MatterCategory.OTHER_MAJOR_MATTER, MatterCategory.USE_MAINTENANCE_FUND], emergencyAllowed: true },
};

export enum AssemblyStatus {
  CONVENED = 'CONVENED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(AssemblyStatus, {
  name: 'OwnersAssemblyStatus',
  description: "Whether an owners' assembly stands (会议状态).",
  valuesConfig: {
    CONVENED: { description: 'Convened and noticed (已召集): meets at `meetsOn`, perhaps after postponements.' },
    CANCELLED: { description: 'Cancelled before it met, with a reason (已取消); no ballots are accepted.' },
  },
});

export enum AssemblyNoticeKind {
  CONVENED = 'CONVENED',
  POSTPONED = 'POSTPONED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(AssemblyNoticeKind, {
  name: 'OwnersAssemblyNoticeKind',
  description: "A notice given about an owners' assembly (会议公告).",
  valuesConfig: {
    CONVENED: { description: 'The notice convening it (召开公告).' },
    POSTPONED: { description: 'A new date (延期公告): the 15 days run again from this notice.' },
    CANCELLED: { description: 'Its cancellation (取消公告).' },
  },
});
