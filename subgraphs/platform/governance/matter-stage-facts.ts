import { attestFacts, checkAttestedFacts, MATTER_FACTS } from '../access/attested-facts.js';
import type { StatementKeys } from '../access/signed-statement.js';
import { hiddenFactScalars, integersOf, isObject } from './hidden-fact-scalar.js';

/**
 * What one subgraph knows about a governance matter's progress (议事事项进展), counted over the records it linked to
 * the matter: the owners' motions (决议), the property company's service requests or the co-building projects (服务).
 * Each of `owners`, `property` and `cobuilding` contributes one `@inaccessible` field of this kind to
 * `GovernanceMatter`; the party subgraph requires all three and derives the matter's stage from them.
 *
 * Defined once here so every subgraph declares the same scalar (hidden-fact-scalar.ts). The stage decides which
 * certificates the party subgraph signs, so each subgraph signs its facts (`attestation`, see
 * platform/access/attested-facts.ts) and the party subgraph refuses facts its author did not sign.
 */
export interface MatterStageFacts {
  /** Records linked to the matter (motions, service requests or projects). */
  linked: number;
  /** Of those, still in progress: a motion not yet decided, a request or project not yet completed. */
  pending: number;
  /** Of those, done: a motion adopted, a request completed (办结), a project completed. */
  completed: number;
  /** Of the done ones, evaluated by residents (评价); motions are never evaluated. */
  evaluated: number;
  /** Of those, ended without success: a motion not adopted, a request or project cancelled. */
  failed: number;
  /** The counts above and the matter id, signed by the subgraph that counted them when it counted them (签名). */
  attestation: string;
}

const COUNTS = ['linked', 'pending', 'completed', 'evaluated', 'failed'] as const;

export const MatterStageFactsScalar = hiddenFactScalars<MatterStageFacts>(
  'MatterStageFacts',
  "One subgraph's facts about a governance matter's progress (议事事项进展), signed by it (签名), for the party subgraph: " +
    '{ linked, pending, completed, evaluated, failed, attestation }.',
  (value) => {
    if (!isObject(value)) return 'it must be an object.';
    const counts = integersOf(value, COUNTS);
    if (typeof counts === 'string') return counts;
    if (typeof value.attestation !== 'string' || !value.attestation) return 'attestation must be a non-empty string.';
    return { ...counts, attestation: value.attestation };
  },
);

/** The counts alone, without a signature. */
export type MatterStageCounts = Omit<MatterStageFacts, 'attestation'>;

export const NO_MATTER_FACTS: MatterStageCounts = Object.freeze({ linked: 0, pending: 0, completed: 0, evaluated: 0, failed: 0 });

/** Which subgraph's facts: each signs its own with its own key. */
export type MatterFactsSource = keyof typeof MATTER_FACTS;

const countsOf = ({ linked, pending, completed, evaluated, failed }: MatterStageCounts): MatterStageCounts => ({ linked, pending, completed, evaluated, failed });

/** This subgraph's facts about `matterId`, signed now with its key. */
export function attestMatterFacts(source: MatterFactsSource, matterId: string, facts: MatterStageCounts, keys: StatementKeys): MatterStageFacts {
  const counts = countsOf(facts);
  return { ...counts, attestation: attestFacts(MATTER_FACTS[source], matterId, counts, keys) };
}

/**
 * The counts of `source`'s facts about `matterId` as the gateway brought them, once their attestation proves
 * `source` signed exactly these counts for this matter within the freshness bound; FORBIDDEN otherwise (missing,
 * unsigned, foreign or stale facts).
 */
export function verifiedMatterFacts(source: MatterFactsSource, matterId: string, facts: Partial<MatterStageFacts> | null | undefined, keys: StatementKeys): MatterStageCounts {
  const counts = facts ? countsOf(facts as MatterStageCounts) : null;
  checkAttestedFacts(MATTER_FACTS[source], matterId, counts, facts?.attestation, keys);
  return counts!;
}
