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

/** Who may read a neighborhood's 三长 in the party subgraph: its branch and the organisations serving it. */
const HEAD_READERS = [Role.PARTY_BRANCH, Role.PROPERTY_COMPANY, Role.OWNERS_COMMITTEE, Role.JOINT_UNIT] as const;

export const EVENT_TYPES = {
  'governance.matter.proposed': { sources: ['party'], audience: MATTER_READERS, description: 'A branch proposed a governance matter (提议).' },
  'governance.matter.deliberated': { sources: ['party'], audience: MATTER_READERS, description: 'A joint meeting decided on a matter (商议); detail: AGREED, REJECTED or DEFERRED.' },
  'governance.matter.withdrawn': { sources: ['party'], audience: MATTER_READERS, description: 'The branch withdrew a governance matter before a joint meeting agreed or rejected it (撤回).' },
  'governance.meeting.rescheduled': { sources: ['party'], audience: [Role.PARTY_BRANCH, Role.PROPERTY_COMPANY, Role.OWNERS_COMMITTEE], description: 'A scheduled joint meeting was moved to another time (联席会议改期).' },
  'governance.matter.motion_linked': { sources: ['owners'], audience: MATTER_READERS, description: "The owners' committee put a matter to the assembly as a motion (提交业主大会)." },
  'governance.matter.resolved': { sources: ['owners'], audience: MATTER_READERS, description: "The assembly's resolution on a matter was recorded (决议); detail: PASSED, FAILED or NO_QUORUM." },
  'governance.matter.served': { sources: ['property', 'cobuilding'], audience: MATTER_READERS, description: 'A service request or co-building project serves a matter (服务).' },
  'governance.matter.completed': { sources: ['property'], audience: MATTER_READERS, description: "The work serving a matter was reported done (办结)." },
  'governance.matter.evaluated': { sources: ['property'], audience: MATTER_READERS, description: 'Residents evaluated the work serving a matter (评价); detail: the satisfaction 1–5.' },
  'owners.resolution.recorded': { sources: ['owners'], audience: [Role.OWNERS_COMMITTEE], description: "A resolution was recorded (决议), a correction included; detail: its outcome." },
  'owners.resolution.published': { sources: ['owners'], audience: [Role.OWNERS_COMMITTEE, Role.PROPERTY_COMPANY, Role.PARTY_BRANCH], description: 'A resolution was published (公示).' },
  'owners.fund_entry.recorded': { sources: ['owners'], audience: [Role.OWNERS_COMMITTEE], description: 'A maintenance-fund or public-revenue entry was recorded (维修资金/公共收益); detail: its kind, or REVERSAL for a red-ink reversal of an earlier entry (红字冲销).' },
  'owners.deadline.due': { sources: ['owners'], audience: [Role.OWNERS_COMMITTEE, Role.PARTY_BRANCH], description: 'A statutory deadline falls due within 3 days (法定时限临近): an assembly notice, a publication, a filing; detail: its kind.' },
  'owners.deadline.overdue': { sources: ['owners'], audience: [Role.OWNERS_COMMITTEE, Role.PARTY_BRANCH], description: 'A statutory deadline has passed unmet (法定时限逾期); detail: its kind.' },
  'owners.election.decided': { sources: ['owners'], audience: [Role.OWNERS_COMMITTEE, Role.PARTY_BRANCH], description: "An election of committee members was decided at its assembly (业委会选举结果): a first committee, a re-election or a by-election; detail: PASSED or FAILED." },
  'owners.committee.term_ending': { sources: ['owners'], audience: [Role.OWNERS_COMMITTEE, Role.PARTY_BRANCH], description: "A committee's term ends within 3 months (任期届满提醒)." },
  'property.service_request.step': { sources: ['property'], audience: [Role.PROPERTY_COMPANY], description: 'A resident request moved a step (诉求: 收集 → 办理 → 反馈 → 评价); detail: the action taken.' },
  'property.service_request.ended': { sources: ['property'], audience: [Role.PROPERTY_COMPANY], description: 'A resident request ended without being carried out (诉求终止): declined (不予受理), cancelled (撤销) or withdrawn by the resident (撤回); detail: the action.' },
  'property.service_request.transferred': { sources: ['property'], audience: [], description: 'A property company handed a request to the community as not its business (转交社区); the community or street dispatches it (派单).' },
  'cobuilding.wish.claimed': { sources: ['cobuilding'], audience: [Role.JOINT_UNIT], description: 'A micro-wish was claimed (微心愿认领).' },
  'cobuilding.wish.fulfilled': { sources: ['cobuilding'], audience: [Role.JOINT_UNIT], description: 'A claimed micro-wish was fulfilled (微心愿实现).' },
  'party.head.appointed': { sources: ['party'], audience: HEAD_READERS, description: 'A building, entrance or grid head was appointed (三长任命); detail: the kind.' },
  'party.head.ended': { sources: ['party'], audience: HEAD_READERS, description: 'A head appointment was ended early (三长免职/辞任); detail: the kind.' },
  'party.escalation.raised': { sources: ['party'], audience: [Role.PARTY_BRANCH], description: 'A request or problem was raised at the neighborhood branch (发起呼叫); detail: the subject.' },
  'party.escalation.called_up': { sources: ['party'], audience: [Role.PARTY_BRANCH], description: 'A level answered and called the level above (逐级呼叫); detail: the level called.' },
  'party.escalation.overdue': { sources: ['party'], audience: [Role.PARTY_BRANCH], description: 'A level did not answer in time and the scheduled check moved the call up (超时上移); detail: the level called.' },
  'party.escalation.resolved': { sources: ['party'], audience: [Role.PARTY_BRANCH], description: 'A level solved an escalated problem (分级回应、已解决); detail: the level.' },
  'party.service_order.step': { sources: ['party'], audience: [Role.PARTY_BRANCH], description: 'A service order moved a step (点单 → 派单 → 接单 → 完成 → 评价); detail: ORDERED, DISPATCHED, TAKEN, COMPLETED, EVALUATED or WITHDRAWN.' },
  'cobuilding.points.redeemed': { sources: ['cobuilding'], audience: [], description: 'Points were exchanged at a community points supermarket (积分兑换); the record is the item, detail: the quantity. Area offices only.' },
  'cobuilding.wish.released': { sources: ['cobuilding'], audience: [Role.JOINT_UNIT], description: 'A claimed micro-wish was given back by its claimant and is open again (微心愿释放).' },
} as const satisfies Record<string, EventTypeDefinition>;

export type EventType = keyof typeof EVENT_TYPES;

export function isEventType(value: string): value is EventType {
  return Object.hasOwn(EVENT_TYPES, value);
}

export const EVENT_TYPE_NAMES = Object.keys(EVENT_TYPES) as EventType[];
