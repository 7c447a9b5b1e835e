import { FundEntryKind } from './fund-entry-kind.js';

/** The two funds a neighborhood's ledger keeps (维修资金, 公共收益). */
export type Fund = 'MAINTENANCE_FUND' | 'PUBLIC_REVENUE';

/** Which fund an entry belongs to and whether it adds to it (+1) or draws on it (−1). */
export const ENTRY_EFFECT: Record<FundEntryKind, { fund: Fund; sign: 1n | -1n }> = {
  [FundEntryKind.MAINTENANCE_FUND_USE]: { fund: 'MAINTENANCE_FUND', sign: -1n },
  [FundEntryKind.PUBLIC_REVENUE_INCOME]: { fund: 'PUBLIC_REVENUE', sign: 1n },
  [FundEntryKind.PUBLIC_REVENUE_EXPENSE]: { fund: 'PUBLIC_REVENUE', sign: -1n },
};

/** Yuan with at most two decimals to cents, exactly: "86000.5" → 8600050n. */
export function centsOf(amount: string): bigint {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(amount.trim());
  if (!match) throw new Error(`"${amount}" is not an amount with at most two decimals.`);
  return BigInt(match[1]) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}

/** Cents back to yuan, signed: -8600050n → "-86000.50". */
export function formatCents(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const value = cents < 0n ? -cents : cents;
  return `${sign}${value / 100n}.${(value % 100n).toString().padStart(2, '0')}`;
}

/** What a ledger needs of an entry: its kind, amount and, for a red-ink reversal (红字冲销), the entry it reverses. */
export interface LedgerEntry {
  kind: FundEntryKind;
  amount: string;
  reversesEntryId?: string | null;
}

/** An entry's signed change of its fund, in cents: a reversal undoes the entry it reverses (same kind and amount). */
export function entryChange(entry: LedgerEntry): bigint {
  const change = ENTRY_EFFECT[entry.kind].sign * centsOf(entry.amount);
  return entry.reversesEntryId ? -change : change;
}

export interface LedgerLine<Entry> {
  entry: Entry;
  /** Signed change of the fund, in cents. */
  change: bigint;
  /** The fund's balance after this entry, in cents. */
  runningBalance: bigint;
}

/**
 * The ledger of each fund (台账): entries in the order given (oldest first), each with its signed change and the
 * fund's running balance after it. The maintenance fund itself is held by the housing authority, so its balance
 * here is what the neighborhood has drawn (negative); public revenue is income less spending. A reversal is booked
 * when it is recorded, in the period it is recorded in, as bookkeeping corrects an earlier period.
 */
export function fundLedgers<Entry extends LedgerEntry>(entries: readonly Entry[]): Map<Fund, { lines: LedgerLine<Entry>[]; balance: bigint }> {
  const ledgers = new Map<Fund, { lines: LedgerLine<Entry>[]; balance: bigint }>([
    ['MAINTENANCE_FUND', { lines: [], balance: 0n }],
    ['PUBLIC_REVENUE', { lines: [], balance: 0n }],
  ]);
  for (const entry of entries) {
    const ledger = ledgers.get(ENTRY_EFFECT[entry.kind].fund)!;
    const change = entryChange(entry);
    ledger.balance += change;
    ledger.lines.push({ entry, change, runningBalance: ledger.balance });
  }
  return ledgers;
}
