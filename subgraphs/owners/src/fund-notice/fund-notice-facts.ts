import type { EntityManager } from '@mikro-orm/postgresql';
import { OwnersFundEntry } from '../fund/fund-entry.entity.js';
import { ENTRY_EFFECT, entryChange, formatCents, fundLedgers, type Fund } from '../fund/fund-ledger.js';
import { verificationCodeOf } from '../notice/notice-code.js';
import type { FundPeriod } from './fund-period.js';

/** What a fund notice states, from the immutable entries: the period's entries and each fund's balances. */
export interface FundPeriodFacts {
  entries: OwnersFundEntry[];
  accounts: { fund: Fund; opening: bigint; income: bigint; spending: bigint; closing: bigint }[];
}

const FUNDS: Fund[] = ['MAINTENANCE_FUND', 'PUBLIC_REVENUE'];

/**
 * The entries of a neighborhood recorded within the period, oldest first, and each fund's balance before and after
 * it. Entries carry the server's time of recording, so nothing can be added to a period once it has ended: a
 * correction is a reversal booked in a later period, and these facts (and the code over them) never change.
 */
export async function fundPeriodFacts(em: EntityManager, neighborhoodId: string, period: FundPeriod): Promise<FundPeriodFacts> {
  const all = await em.find(OwnersFundEntry, { neighborhoodId, recordedAt: { $lt: period.end } }, { orderBy: { recordedAt: 'asc', id: 'asc' } });
  const before = all.filter((entry) => entry.recordedAt < period.start);
  const entries = all.filter((entry) => entry.recordedAt >= period.start);
  const opening = fundLedgers(before);
  const accounts = FUNDS.map((fund) => {
    const changes = entries.filter((entry) => ENTRY_EFFECT[entry.kind].fund === fund).map(entryChange);
    const income = changes.filter((change) => change > 0n).reduce((sum, change) => sum + change, 0n);
    const spending = changes.filter((change) => change < 0n).reduce((sum, change) => sum - change, 0n);
    const start = opening.get(fund)!.balance;
    return { fund, opening: start, income, spending, closing: start + income - spending };
  });
  return { entries, accounts };
}

/**
 * The text a fund notice's code is taken over (version 1): the notice, its neighborhood and period, every fund's
 * balances, and every entry of the period as recorded (one JSON array per line, so no field can pose as another).
 */
export function canonicalFundNotice(noticeId: string, neighborhoodId: string, period: FundPeriod, facts: FundPeriodFacts): string {
  return [
    'fund-notice/v1',
    noticeId.toLowerCase(),
    neighborhoodId.toLowerCase(),
    period.label,
    period.start.toISOString(),
    period.end.toISOString(),
    ...facts.accounts.map((account) => [account.fund, account.opening, account.income, account.spending, account.closing].join(' ')),
    ...facts.entries.map((entry) =>
      JSON.stringify([
        entry.id.toLowerCase(),
        entry.kind,
        entry.amount,
        entry.purpose,
        entry.recordedAt.toISOString(),
        entry.resolutionId?.toLowerCase() ?? null,
        entry.emergencyReason,
        entry.reversesEntryId?.toLowerCase() ?? null,
        entry.correctionReason,
      ]),
    ),
  ].join('\n');
}

export function fundNoticeCode(noticeId: string, neighborhoodId: string, period: FundPeriod, facts: FundPeriodFacts): string {
  return verificationCodeOf(noticeId, canonicalFundNotice(noticeId, neighborhoodId, period, facts));
}

export { formatCents };
