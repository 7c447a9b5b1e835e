/** A fraction compared against exactly: `inclusive` means "at least", otherwise "more than". */
export interface Threshold {
  numerator: number;
  denominator: number;
  inclusive: boolean;
}

/** The voting thresholds of one jurisdiction (表决规则). */
export interface VotingThresholds {
  /** Who took part, of all area and of all owners (参与表决). */
  quorum: Threshold;
  /** Approval of ordinary matters, of the participating area and owners (一般事项). */
  ordinary: Threshold;
  /** Approval of special matters, of the participating area and owners (特别事项). */
  special: Threshold;
}

/** 民法典 Art. 278: quorum ≥ 2/3, ordinary > 1/2, special ≥ 3/4, each of area AND of owners. */
export const CIVIL_CODE_THRESHOLDS: VotingThresholds = {
  quorum: { numerator: 2, denominator: 3, inclusive: true },
  ordinary: { numerator: 1, denominator: 2, inclusive: false },
  special: { numerator: 3, denominator: 4, inclusive: true },
};

function validThreshold(value: unknown): value is Threshold {
  const t = value as Threshold;
  return (
    typeof t === 'object' &&
    t !== null &&
    Number.isInteger(t.numerator) &&
    Number.isInteger(t.denominator) &&
    t.numerator > 0 &&
    t.denominator > 0 &&
    t.numerator <= t.denominator &&
    typeof t.inclusive === 'boolean'
  );
}

/**
 * Thresholds per jurisdiction (district id), read from `OWNERS_VOTING_THRESHOLDS` (JSON:
 * `{ "<districtId>": { "quorum": {...}, "ordinary": {...}, "special": {...} } }`); every district not listed uses the
 * Civil Code. Throws on a malformed setting so a service never starts with a wrong rule.
 */
export function parseJurisdictionThresholds(json: string | undefined): Map<string, VotingThresholds> {
  const result = new Map<string, VotingThresholds>();
  if (!json) return result;
  const parsed = JSON.parse(json) as Record<string, Partial<VotingThresholds>>;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('OWNERS_VOTING_THRESHOLDS must be a JSON object keyed by district id.');
  for (const [districtId, thresholds] of Object.entries(parsed)) {
    // Strict: a typo must stop the service, not silently fall back to the Civil Code.
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(districtId)) throw new Error(`OWNERS_VOTING_THRESHOLDS: "${districtId}" is not a district id.`);
    for (const [key, value] of Object.entries(thresholds ?? {})) {
      if (!['quorum', 'ordinary', 'special'].includes(key)) throw new Error(`OWNERS_VOTING_THRESHOLDS: unknown key "${key}" for "${districtId}" (allowed: quorum, ordinary, special).`);
      const unknown = Object.keys(value ?? {}).filter((field) => !['numerator', 'denominator', 'inclusive'].includes(field));
      if (unknown.length > 0) throw new Error(`OWNERS_VOTING_THRESHOLDS: unknown field "${unknown[0]}" in ${key} for "${districtId}" (allowed: numerator, denominator, inclusive).`);
    }
    const merged = { ...CIVIL_CODE_THRESHOLDS, ...thresholds };
    if (!validThreshold(merged.quorum) || !validThreshold(merged.ordinary) || !validThreshold(merged.special)) {
      throw new Error(`OWNERS_VOTING_THRESHOLDS: the thresholds for "${districtId}" need numerator, denominator (0 < n ≤ d) and inclusive.`);
    }
    result.set(districtId, merged);
  }
  return result;
}

export function thresholdsFor(jurisdictions: Map<string, VotingThresholds>, districtId: string): VotingThresholds {
  return jurisdictions.get(districtId) ?? CIVIL_CODE_THRESHOLDS;
}

/** Whether part/whole meets the threshold, compared exactly as integers: part·d ≥ (>) whole·n. */
export function meets(part: bigint, whole: bigint, threshold: Threshold): boolean {
  const left = part * BigInt(threshold.denominator);
  const right = whole * BigInt(threshold.numerator);
  return threshold.inclusive ? left >= right : left > right;
}
