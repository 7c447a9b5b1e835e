import { Role } from '../../subgraphs/platform/access/role.js';
import { parseFundPeriod, type FundPeriod } from '../../subgraphs/owners/src/fund-notice/fund-period.js';
import type { GraphStack } from './graph-stack.js';

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The calendar quarter (China time) that `at` falls in. */
export function quarterOf(at: Date): FundPeriod {
  const china = new Date(at.getTime() + CHINA_OFFSET_MS);
  return parseFundPeriod(`${china.getUTCFullYear()}-Q${Math.floor(china.getUTCMonth() / 3) + 1}`)!;
}

/** The quarter after `period`. */
export function quarterAfter(period: FundPeriod): FundPeriod {
  return quarterOf(new Date(period.end.getTime() + DAY_MS));
}

/** An operation that must succeed: its data, or the test fails with the errors. */
export async function okAs<T>(graph: GraphStack, query: string, role: Role, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await graph.graphql<T>(query, { token: graph.tokens.get(role)!, variables });
  if (response.body.errors) throw new Error(`${role}: ${JSON.stringify(response.body.errors)}`);
  return response.body.data!;
}

export const RECORD_FUND_ENTRY = `mutation($input: RecordOwnersFundEntryInput!) { recordOwnersFundEntry(input: $input) { id recordedAt } }`;
export const PUBLISH_FUND_NOTICE = `mutation($input: PublishOwnersFundNoticeInput!) {
  publishOwnersFundNotice(input: $input) { id period periodStart periodEnd postedUntil place recordedAt verificationCode publicPath }
}`;

export interface PublishedFundPeriod {
  period: FundPeriod;
  /** The entries recorded within the period, in order. */
  entries: { id: string; kind: string; amount: string; purpose: string; emergencyReason: string }[];
  notice: { id: string; period: string; verificationCode: string; publicPath: string; recordedAt: string; postedUntil: string };
}

/**
 * Moves the graph's clock into the next quarter, has the demo committee record (after `beforeEntries`) two emergency entries there, moves on
 * past that quarter's end and publishes its fund-use notice. Leaves the clock two days into the quarter after.
 */
export async function publishNextQuarter(
  graph: GraphStack,
  options: { idempotencyKey?: string; beforeEntries?: () => Promise<void> } = {},
): Promise<PublishedFundPeriod> {
  const period = quarterAfter(quarterOf(graph.clock.now()));
  graph.clock.set(new Date(period.start.getTime() + 2 * DAY_MS));
  await options.beforeEntries?.();
  graph.clock.advance('1d');
  const entries = [
    { kind: 'MAINTENANCE_FUND_USE', amount: '86000.50', purpose: '3号楼电梯曳引机更换', emergencyReason: '电梯曳引机故障停运，危及高层住户出行安全' },
    { kind: 'PUBLIC_REVENUE_EXPENSE', amount: '300.00', purpose: '化粪池清掏', emergencyReason: '化粪池外溢，影响一楼住户' },
  ];
  const recorded = [];
  for (const entry of entries) {
    const { recordOwnersFundEntry } = await okAs<{ recordOwnersFundEntry: { id: string } }>(graph, RECORD_FUND_ENTRY, Role.OWNERS_COMMITTEE, { input: entry });
    recorded.push({ ...entry, id: recordOwnersFundEntry.id });
    graph.clock.advance('1d');
  }
  graph.clock.set(new Date(period.end.getTime() + 2 * DAY_MS));
  const { publishOwnersFundNotice } = await okAs<{ publishOwnersFundNotice: PublishedFundPeriod['notice'] }>(graph, PUBLISH_FUND_NOTICE, Role.OWNERS_COMMITTEE, {
    input: { period: period.label, place: '小区公告栏及业主群', ...(options.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : {}) },
  });
  return { period, entries: recorded, notice: publishOwnersFundNotice };
}
