import { randomUUID } from 'node:crypto';
import { isId } from '../ids/id.js';
import { issueStatement, readStatement, type StatementKeys, type StatementKind } from './signed-statement.js';

/**
 * What the party subgraph vouches for about a person's 三长 posts (楼栋长/单元长/网格长) when that person enters a
 * resident's request on their behalf (代办) in the property subgraph: who they are (registry person id) and which
 * places their posts in force cover, per neighborhood: the buildings (building and entrance heads) or the whole
 * neighborhood (grid heads). Only party keeps the appointments; property holds party's public keys and nothing else
 * of them, so it can check the statement but never make one.
 *
 * Short-lived (10 minutes), signed at the server's clock: a head who is ended stops being able to act within that
 * window, and a statement copied from one person is refused for any other (the reader compares `personId`).
 */
export interface HeadCoverage {
  neighborhoodId: string;
  /** The buildings covered in that neighborhood; null when the whole neighborhood is (a grid head). */
  buildingIds: string[] | null;
}

export interface CertifiedHead {
  personId: string;
  coverage: HeadCoverage[];
  /** Unique per statement, recorded with each request entered under it. */
  certificateId: string;
}

export const HEAD_CERTIFICATE_LIFETIME_MS = 10 * 60 * 1000;
const HEAD_CERTIFICATE: StatementKind = { purpose: 'head-certificate/v1', issuer: 'party', lifetimeMs: HEAD_CERTIFICATE_LIFETIME_MS };

export function issueHeadCertificate(head: Omit<CertifiedHead, 'certificateId'>, keys: StatementKeys, now: number): string {
  return issueStatement(HEAD_CERTIFICATE, { ...head, certificateId: randomUUID() }, keys, now);
}

const ids = (value: unknown): value is string[] => Array.isArray(value) && value.every((id) => typeof id === 'string' && isId(id));

/** The head a statement vouches for, or null when it was altered, forged, of another kind or has expired (at `now`, the server's clock). */
export function readHeadCertificate(text: string, keys: StatementKeys, now: number): CertifiedHead | null {
  const statement = readStatement(HEAD_CERTIFICATE, text, keys, now);
  if (!statement || typeof statement.personId !== 'string' || !isId(statement.personId) || typeof statement.certificateId !== 'string' || !isId(statement.certificateId)) return null;
  if (!Array.isArray(statement.coverage)) return null;
  const coverage: HeadCoverage[] = [];
  for (const entry of statement.coverage as Record<string, unknown>[]) {
    if (typeof entry?.neighborhoodId !== 'string' || !isId(entry.neighborhoodId) || !(entry.buildingIds === null || ids(entry.buildingIds))) return null;
    coverage.push({ neighborhoodId: entry.neighborhoodId, buildingIds: entry.buildingIds as string[] | null });
  }
  return { personId: statement.personId, coverage, certificateId: statement.certificateId };
}

