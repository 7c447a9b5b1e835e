import { Role } from '../access/role.js';

/**
 * Every event type the graph emits (事件类型), which subgraphs may emit it and which organisation roles may receive
 * it. Area roles (DISTRICT, STREET, COMMUNITY) receive every type inside their area; residents receive none (their
 * own records are answered in the graph, and the feed carries no personal data to narrow by person).
 */
export interface EventTypeDefinition {
  sources: readonly string[];
  /** Organisation roles that may receive it, inside their granted places. */
  audience: readonly Role[];
  description: string;
}

/** Who may read a governance matter in the party subgraph: its branch, the company and committee there, paired units. */
const MATTER_READERS = [Role.PARTY_BRANCH, Role.PROPERTY_COMPANY, Role.OWNERS_COMMITTEE, Role.JOINT_UNIT] as const;

export const EVENT_TYPES = {
  'governance.matter.proposed': { sources: ['party'], audience: MATTER_READERS, description: 'A branch proposed a governance matter (提议).' },
  'governance.matter.deliberated': { sources: ['party'], audience: MATTER_READERS, description: 'A joint meeting decided on a matter (商议); detail: AGREED, REJECTED or DEFERRED.' },
  'governance.matter.motion_linked': { sources: ['owners'], audience: MATTER_READERS, description: "The owners' committee put a matter to the assembly as a motion (提交业主大会)." },
  'governance.matter.resolved': { sources: ['owners'], audience: MATTER_READERS, description: "The assembly's resolution on a matter was recorded (决议); detail: PASSED, FAILED or NO_QUORUM." },
  'governance.matter.served': { sources: ['property', 'cobuilding'], audience: MATTER_READERS, description: 'A service request or co-building project serves a matter (服务).' },
  'governance.matter.completed': { sources: ['property'], audience: MATTER_READERS, description: "The work serving a matter was reported done (办结)." },
  'governance.matter.evaluated': { sources: ['property'], audience: MATTER_READERS, description: 'Residents evaluated the work serving a matter (评价); detail: the satisfaction 1–5.' },
  'owners.resolution.recorded': { sources: ['owners'], audience: [Role.OWNERS_COMMITTEE], description: "A resolution was recorded (决议), a correction included; detail: its outcome." },
  'owners.resolution.published': { sources: ['owners'], audience: [Role.OWNERS_COMMITTEE, Role.PROPERTY_COMPANY, Role.PARTY_BRANCH], description: 'A resolution was published (公示).' },
  'owners.fund_entry.recorded': { sources: ['owners'], audience: [Role.OWNERS_COMMITTEE], description: 'A maintenance-fund or public-revenue entry was recorded (维修资金/公共收益); detail: its kind.' },
  'owners.deadline.due': { sources: ['owners'], audience: [Role.OWNERS_COMMITTEE, Role.PARTY_BRANCH], description: 'A statutory deadline falls due within 3 days (法定时限临近): an assembly notice, a publication, a filing; detail: its kind.' },
  'owners.deadline.overdue': { sources: ['owners'], audience: [Role.OWNERS_COMMITTEE, Role.PARTY_BRANCH], description: 'A statutory deadline has passed unmet (法定时限逾期); detail: its kind.' },
  'owners.committee.term_ending': { sources: ['owners'], audience: [Role.OWNERS_COMMITTEE, Role.PARTY_BRANCH], description: "A committee's term ends within 3 months (任期届满提醒)." },
  'property.service_request.step': { sources: ['property'], audience: [Role.PROPERTY_COMPANY], description: 'A resident request moved a step (诉求: 收集 → 办理 → 反馈 → 评价); detail: the action taken.' },
  'cobuilding.wish.claimed': { sources: ['cobuilding'], audience: [Role.JOINT_UNIT], description: 'A micro-wish was claimed (微心愿认领).' },
  'cobuilding.wish.fulfilled': { sources: ['cobuilding'], audience: [Role.JOINT_UNIT], description: 'A claimed micro-wish was fulfilled (微心愿实现).' },
  'cobuilding.wish.released': { sources: ['cobuilding'], audience: [Role.JOINT_UNIT], description: 'A claimed micro-wish was given back by its claimant and is open again (微心愿释放).' },
} as const satisfies Record<string, EventTypeDefinition>;

export type EventType = keyof typeof EVENT_TYPES;

export function isEventType(value: string): value is EventType {
  return Object.hasOwn(EVENT_TYPES, value);
}

export const EVENT_TYPE_NAMES = Object.keys(EVENT_TYPES) as EventType[];
