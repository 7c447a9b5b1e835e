/**
 * What the owners subgraph tells the gateway about a published 公示 of fund use (`GET /public/fund-notices/:code`),
 * and the gateway typesets. Amounts are yuan with two decimals, signed where they are changes. No personal data.
 */
export interface FundNoticeEntry {
  fund: 'MAINTENANCE_FUND' | 'PUBLIC_REVENUE';
  kind: string;
  amount: string;
  /** Signed change of the fund: income positive, use and spending negative. */
  change: string;
  purpose: string;
  recordedAt: string;
  /** The resolution that authorises it (its title, decision date and 公示 code when published), or the emergency. */
  authority: { kind: 'RESOLUTION'; title: string; decidedAt: string; noticeCode: string | null } | { kind: 'EMERGENCY'; reason: string };
}

export interface FundNoticeAccount {
  fund: 'MAINTENANCE_FUND' | 'PUBLIC_REVENUE';
  opening: string;
  income: string;
  spending: string;
  closing: string;
}

export interface PublishedFundNotice {
  code: string;
  /** The derivation of `code`. */
  codeVersion: number;
  neighborhoodId: string;
  period: string;
  periodStart: string;
  periodEnd: string;
  publishedAt: string;
  publicationPlace: string;
  accounts: FundNoticeAccount[];
  entries: FundNoticeEntry[];
  committee: { electedOn: string; termEndsOn: string; filedOn: string | null; inOffice: boolean } | null;
}
