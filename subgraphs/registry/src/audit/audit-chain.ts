import { createHash } from 'node:crypto';

/** The first row's previous hash. */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  occurredAt: Date;
  readerSubject: string;
  readerRole: string;
  readerOrganizationId: string | null;
  requestId: string;
  personId: string;
  fields: string;
  purpose: string;
}

/** sha256 over the previous hash and the entry's content in a fixed order. */
export function chainHash(previousHash: string, entry: AuditEntry): string {
  const content = JSON.stringify([
    previousHash,
    entry.occurredAt.toISOString(),
    entry.readerSubject,
    entry.readerRole,
    entry.readerOrganizationId,
    entry.requestId,
    entry.personId,
    entry.fields,
    entry.purpose,
  ]);
  return createHash('sha256').update(content).digest('hex');
}

export interface ChainVerdict {
  rows: number;
  /** The id of the first row whose link or hash does not match, if any. */
  firstBrokenId: number | null;
}

/** Recomputes the chain over rows in id order; any edited, removed or inserted row breaks it from there on. */
export function verifyChain(rows: (AuditEntry & { id: number; previousHash: string; hash: string })[]): ChainVerdict {
  let previous = GENESIS_HASH;
  for (const row of rows) {
    if (row.previousHash !== previous || chainHash(previous, row) !== row.hash) return { rows: rows.length, firstBrokenId: row.id };
    previous = row.hash;
  }
  return { rows: rows.length, firstBrokenId: null };
}
