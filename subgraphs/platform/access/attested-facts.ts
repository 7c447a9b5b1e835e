import { createHash } from 'node:crypto';
import { forbidden } from '../errors/error-codes.js';
import { issueStatement, readStatement, type StatementKeys, type StatementKind } from './signed-statement.js';

/**
 * Facts that decide rights and cross from one subgraph to another through the gateway (`@requires`): the registry's
 * owners' roster (who votes, with which area) and the owners', property's and cobuilding's facts about a governance
 * matter (from which the party subgraph derives the stage it signs certificates for). Federation carries the facts;
 * beside them travels an attestation, a statement signed with the owner's key (signed-statement.ts) that covers the
 * subject's id, a SHA-256 digest of the facts and the time they were read. The consumer refuses facts whose
 * attestation is missing, signed by another key, for another subject or other facts, or older than
 * FACTS_FRESHNESS_MS, so a caller that sends `_entities` representations straight to a subgraph cannot invent them.
 */
export interface FactsKind extends StatementKind {
  /** What the facts are, for the error message, e.g. "the owners' roster". */
  description: string;
}

/**
 * Facts are read and consumed within one operation of the gateway: two minutes cover the slowest plan (each
 * subgraph call is bounded by SUBGRAPH_TIMEOUT_MS, 10 s by default) and clocks a little apart, and no more.
 */
export const FACTS_FRESHNESS_MS = 120_000;

const kind = (purpose: string, issuer: string, description: string): FactsKind => ({ purpose, issuer, description, lifetimeMs: FACTS_FRESHNESS_MS });

/** The three subgraphs' `MatterStageFacts` on a governance matter, each signed by its own subgraph. */
export const MATTER_FACTS = {
  owners: kind('matter-facts/owners/v1', 'owners', "the owners subgraph's facts about this governance matter"),
  property: kind('matter-facts/property/v1', 'property', "the property subgraph's facts about this governance matter"),
  cobuilding: kind('matter-facts/cobuilding/v1', 'cobuilding', "the cobuilding subgraph's facts about this governance matter"),
} as const;

/** JSON with object keys sorted and `__typename` left out (the gateway may add it), so equal facts digest equally. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .filter((key) => key !== '__typename')
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
  );
}

export function factsDigest(facts: unknown): string {
  return createHash('sha256').update(JSON.stringify(canonical(facts))).digest('base64url');
}

/** The attestation of `facts` about `subjectId`, signed now with this subgraph's key. */
export function attestFacts(kind: FactsKind, subjectId: string, facts: unknown, keys: StatementKeys, now = Date.now()): string {
  return issueStatement(kind, { subjectId, digest: factsDigest(facts) }, keys, now);
}

/** Throws FORBIDDEN unless `attestation` is the facts' owner's fresh signature over exactly these facts of `subjectId`. */
export function checkAttestedFacts(kind: FactsKind, subjectId: string, facts: unknown, attestation: unknown, keys: StatementKeys, now = Date.now()): void {
  const statement = typeof attestation === 'string' ? readStatement(kind, attestation, keys, now) : null;
  if (!statement || statement.subjectId !== subjectId || statement.digest !== factsDigest(facts)) {
    throw forbidden(
      `Refused ${kind.description}: not signed by the ${kind.issuer} subgraph for this record within the last ${FACTS_FRESHNESS_MS / 1000} seconds. ` +
        'Query through the gateway, which brings such facts signed.',
      { facts: kind.purpose },
    );
  }
}
