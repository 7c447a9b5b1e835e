/**
 * What the owners subgraph tells the gateway about a published 公示 of fund use (`GET /public/fund-notices/:code`),
 * and the gateway typesets. Amounts are yuan with two decimals, signed where they are changes. No personal data.
 */
export type Fund = 'MAINTENANCE_FUND' | 'PUBLIC_REVENUE';

export interface FundNoticeEntry {
  fund: Fund;
  kind: string;
  amount: string;
  /** Signed change of the fund: income positive, use and spending negative (a reversal the opposite of its entry). */
  change: string;
  purpose: string;
  recordedAt: string;
  /** The resolution that authorises it (its title, decision date and 公示 code when published), or the emergency. */
  authority: { kind: 'RESOLUTION'; title: string; decidedAt: string; noticeCode: string | null } | { kind: 'EMERGENCY'; reason: string };
  /** For a red-ink reversal (红字冲销): when the entry it reverses was recorded, and why it was wrong. */
  reverses: { recordedAt: string; reason: string } | null;
  /** When a later reversal undid this entry, if one has. */
  reversedAt: string | null;
}

export interface FundNoticeAccount {
  fund: Fund;
  opening: string;
  income: string;
  spending: string;
  closing: string;
}

/** IN_FORCE: its entries stand; SUPERSEDED: an entry it lists was reversed after it was published. */
export type FundNoticeStatus = 'IN_FORCE' | 'SUPERSEDED';

export interface PublishedFundNotice {
  code: string;
  /** The derivation of `code`. */
  codeVersion: number;
  status: FundNoticeStatus;
  /** When the first reversal recorded after publication was recorded, if any. */
  supersededAt: string | null;
  neighborhoodId: string;
  period: string;
  periodStart: string;
  /** Exclusive. */
  periodEnd: string;
  publishedAt: string;
  postedUntil: string;
  publicationPlace: string;
  accounts: FundNoticeAccount[];
  entries: FundNoticeEntry[];
  committee: { electedOn: string; termEndsOn: string; filedOn: string | null; inOffice: boolean } | null;
}
