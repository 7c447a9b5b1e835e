import { createHash } from 'node:crypto';
import type { VotingThresholds } from '../tally/thresholds.js';

/**
 * The verification code printed on a 公示 notice (核验码): twelve Crockford base32 characters, shown as
 * `XXXX-XXXX-XXXX`. The first six carry the top 30 bits of the resolution's id, so the code finds its resolution
 * with a primary-key range scan and no extra column; the last six are the top 30 bits of a SHA-256 over the
 * resolution's immutable facts, so a code matches only the facts as recorded. A plain hash (not an HMAC) on
 * purpose: anyone can recompute it from the published facts, and there is no key to keep or rotate.
 *
 * The derivation is versioned, and each resolution records the version its code uses, so a code once posted keeps
 * verifying: version 1 (resolutions recorded before local rule sets were printed) hashes the tally and thresholds;
 * version 2 also hashes the rule set the assembly was convened under (`ruleSetLabel`).
 */
export type NoticeCodeVersion = 1 | 2;

/** The version every new resolution's code uses. */
export const CURRENT_NOTICE_CODE_VERSION: NoticeCodeVersion = 2;

export interface NoticeFacts {
  codeVersion: NoticeCodeVersion;
  id: string;
  neighborhoodId: string;
  motionId: string;
  electorateId: string;
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
  thresholds: VotingThresholds;
  decidedAt: Date;
  correctsId: string | null;
  /** The voting rules applied (适用表决规则), as fixed when the assembly was convened; covered from version 2. */
  ruleSetLabel: string | null;
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const HALF = 6;
const BITS = HALF * 5;

function threshold(t: { numerator: number; denominator: number; inclusive: boolean }): string {
  return `${t.inclusive ? '>=' : '>'}${t.numerator}/${t.denominator}`;
}

/**
 * The facts in a fixed order, one per line: the text the hash is taken over (stable whatever JSON key order). The
 * first line names the version; version 2 appends the rule set (a line break in it is kept, so it cannot pose as
 * another line: it is always the last one).
 */
export function canonicalNoticeFacts(facts: NoticeFacts): string {
  if (facts.codeVersion !== 1 && facts.codeVersion !== 2) throw new Error(`Unknown notice code version ${String(facts.codeVersion)}.`);
  return [
    `resolution-notice/v${facts.codeVersion}`,
    facts.id.toLowerCase(),
    facts.neighborhoodId.toLowerCase(),
    facts.motionId.toLowerCase(),
    facts.electorateId.toLowerCase(),
    facts.title,
    facts.category,
    String(facts.special),
    facts.outcome,
    facts.totalArea,
    String(facts.totalOwners),
    facts.participatingArea,
    String(facts.participatingOwners),
    facts.approvingArea,
    String(facts.approvingOwners),
    String(facts.quorumMet),
    threshold(facts.thresholds.quorum),
    threshold(facts.thresholds.ordinary),
    threshold(facts.thresholds.special),
    facts.decidedAt.toISOString(),
    facts.correctsId?.toLowerCase() ?? '',
    ...(facts.codeVersion >= 2 ? [facts.ruleSetLabel ?? ''] : []),
  ].join('\n');
}

function encodeTopBits(bytes: Buffer): string {
  let value = 0n;
  for (const byte of bytes.subarray(0, 4)) value = (value << 8n) | BigInt(byte);
  value >>= BigInt(32 - BITS);
  let text = '';
  for (let index = HALF - 1; index >= 0; index -= 1) text += ALPHABET[Number((value >> BigInt(index * 5)) & 31n)];
  return text;
}

function format(raw: string): string {
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8, 12)}`;
}

/** A code from a record's id (first half) and a SHA-256 over its canonical text (second half). */
export function verificationCodeOf(id: string, canonical: string): string {
  const idBytes = Buffer.from(id.replace(/-/g, ''), 'hex');
  const digest = createHash('sha256').update(canonical, 'utf8').digest();
  return format(encodeTopBits(idBytes) + encodeTopBits(digest));
}

export function noticeCode(facts: NoticeFacts): string {
  return verificationCodeOf(facts.id, canonicalNoticeFacts(facts));
}

/**
 * A code as someone typed it, normalised (case, spaces and hyphens ignored; O read as 0, I and L as 1), or null
 * when it cannot be a code.
 */
export function normalizeNoticeCode(typed: string): string | null {
  const raw = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (raw.length !== HALF * 2 || [...raw].some((character) => !ALPHABET.includes(character))) return null;
  return format(raw);
}

/** The range of resolution ids whose top 30 bits the code's first half carries. */
export function idRangeOfCode(code: string): { from: string; to: string } {
  const raw = code.replace(/-/g, '');
  let value = 0n;
  for (const character of raw.slice(0, HALF)) value = (value << 5n) | BigInt(ALPHABET.indexOf(character));
  const prefix = value << 2n; // 30 bits → the first 32 bits of the id, low two free
  const hex = (bits: bigint) => bits.toString(16).padStart(8, '0');
  const uuid = (head: string, fill: string) => `${head}-${fill.repeat(4)}-${fill.repeat(4)}-${fill.repeat(4)}-${fill.repeat(12)}`;
  return { from: uuid(hex(prefix), '0'), to: uuid(hex(prefix | 3n), 'f') };
}
