/**
 * What the owners subgraph tells the gateway about a published 公示 notice (`GET /public/notices/:code`), and the
 * gateway typesets: one wire format for both sides.
 */
export interface NoticeThreshold {
  numerator: number;
  denominator: number;
  /** True: at least (≥); false: more than (>). */
  inclusive: boolean;
}

/** A neighborhood's public names, as the registry tells them (`GET /public/neighborhoods/:id`). */
export interface NoticePlace {
  name: string;
  address: string | null;
  community: string;
  street: string;
  district: string;
}

export type NoticeStatus = 'IN_FORCE' | 'CORRECTED';

/**
 * What a posted 公示 notice states, for a published resolution only: the recorded facts, the publication, the
 * committee in office when it was decided, and whether a correction has replaced it. No personal data.
 */
export interface PublishedNotice {
  code: string;
  status: NoticeStatus;
  /** The code of the correction that replaced it, if any. */
  correctedByCode: string | null;
  correctsCode: string | null;
  correctionReason: string | null;
  neighborhoodId: string;
  title: string;
  category: string;
  special: boolean;
  outcome: string;
  totalArea: string;
  totalOwners: number;
  participatingArea: string;
  participatingOwners: number;
  approvingArea: string;
  approvingOwners: number;
  quorumMet: boolean;
  quorumThreshold: NoticeThreshold;
  approvalThreshold: NoticeThreshold;
  /** The voting rules the assembly was convened under (适用表决规则), as recorded on the resolution; null on old records. */
  ruleSet: string | null;
  /** The derivation of `code` (1: tally and thresholds; 2: also the rule set). */
  codeVersion: number;
  decidedAt: string;
  publishedAt: string;
  publicationDueBy: string;
  publishedOnTime: boolean;
  publicationPlace: string;
  committee: { electedOn: string; termEndsOn: string; filedOn: string | null; inOffice: boolean } | null;
}

