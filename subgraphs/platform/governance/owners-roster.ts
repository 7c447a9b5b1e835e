import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { attestFacts, factsDigest, type FactsKind } from '../access/attested-facts.js';
import { readStatement, type StatementKeys } from '../access/signed-statement.js';
import { badUserInput } from '../errors/error-codes.js';
import { isId } from '../ids/id.js';

/**
 * A neighborhood's owners' roster (业主名册) signed by the registry (`Neighborhood.signedOwnersRoster`): who votes and
 * with which area decides every tally, so the owners subgraph records an electorate (`recordOwnersElectorate`) only
 * from a roster the registry signed, for that neighborhood, recently. The string is opaque to clients:
 * `<facts>.<attestation>`, where facts are the place path and the units as deflated JSON tuples (base64url) — compact
 * enough for about 1,500 units within the gateway's default 100 kB body — and the attestation is the registry's
 * Ed25519 statement over the neighborhood's id and the facts' digest (attested-facts.ts).
 */
export interface OwnersRosterEntry {
  unitId: string;
  /** As GraphQL carries a Decimal: a string such as "89.50". */
  area: string;
  developerHeld: boolean;
  ownerIds: string[];
}

/** Where the neighborhood is, as the registry holds it: the snapshot's path, so no other subgraph need be asked. */
export interface RosterPlace {
  neighborhoodId: string;
  communityId: string;
  streetId: string;
  districtId: string;
}

export interface SignedOwnersRoster {
  place: RosterPlace;
  units: OwnersRosterEntry[];
}

/** Read, then recorded within minutes: long enough to pass it on from a client, short enough that a change is soon seen. */
export const SIGNED_ROSTER_LIFETIME_MS = 10 * 60_000;
export const SIGNED_OWNERS_ROSTER: FactsKind = {
  purpose: 'owners-roster/v2',
  issuer: 'registry',
  description: "the signed owners' roster (业主名册)",
  lifetimeMs: SIGNED_ROSTER_LIFETIME_MS,
};

/** A decompression bound well above any neighborhood (about 20,000 units). */
const MAX_FACTS_BYTES = 4_000_000;

type Tuple = [unitId: string, area: string, developerHeld: boolean, ownerIds: string[]];
type Facts = [place: [string, string, string, string], units: Tuple[]];

function factsOf(place: RosterPlace, units: readonly OwnersRosterEntry[]): Facts {
  return [
    [place.neighborhoodId, place.communityId, place.streetId, place.districtId],
    units.map((unit) => [unit.unitId, String(unit.area), unit.developerHeld, [...unit.ownerIds]]),
  ];
}

/** The registry's signed roster of a neighborhood as it reads it now. */
export function signOwnersRoster(place: RosterPlace, units: readonly OwnersRosterEntry[], keys: StatementKeys, now = Date.now()): string {
  const facts = factsOf(place, units);
  const packed = deflateRawSync(Buffer.from(JSON.stringify(facts))).toString('base64url');
  return `${packed}.${attestFacts(SIGNED_OWNERS_ROSTER, place.neighborhoodId, facts, keys, now)}`;
}

function refused(): never {
  throw badUserInput(
    `signedRoster is not the registry's roster of this neighborhood signed within the last ${SIGNED_ROSTER_LIFETIME_MS / 60_000} minutes: ` +
      'read neighborhood { signedOwnersRoster } again and pass it unchanged.',
    { field: 'signedRoster' },
  );
}

function unpack(packed: string): unknown {
  try {
    return JSON.parse(inflateRawSync(Buffer.from(packed, 'base64url'), { maxOutputLength: MAX_FACTS_BYTES }).toString('utf8'));
  } catch {
    return null;
  }
}

const isTuple = (value: unknown): value is Tuple =>
  Array.isArray(value) &&
  value.length === 4 &&
  typeof value[0] === 'string' &&
  typeof value[1] === 'string' &&
  typeof value[2] === 'boolean' &&
  Array.isArray(value[3]) &&
  value[3].every((id) => typeof id === 'string');

/**
 * The roster a signed roster vouches for, if the registry signed exactly it, for `neighborhoodId`, within the
 * lifetime; BAD_USER_INPUT (`field: signedRoster`) for anything else — forged, altered, old, another neighborhood's.
 */
export function readSignedOwnersRoster(text: string, neighborhoodId: string, keys: StatementKeys, now = Date.now()): SignedOwnersRoster {
  const dot = typeof text === 'string' ? text.indexOf('.') : -1;
  if (dot <= 0) refused();
  const statement = readStatement(SIGNED_OWNERS_ROSTER, text.slice(dot + 1), keys, now);
  if (!statement || statement.subjectId !== neighborhoodId) refused();
  const facts = unpack(text.slice(0, dot));
  if (!Array.isArray(facts) || facts.length !== 2 || statement.digest !== factsDigest(facts)) refused();
  const [path, units] = facts as Facts;
  if (!Array.isArray(path) || path.length !== 4 || !path.every((id) => typeof id === 'string' && isId(id)) || path[0] !== neighborhoodId) refused();
  if (!Array.isArray(units) || !units.every(isTuple)) refused();
  return {
    place: { neighborhoodId: path[0], communityId: path[1], streetId: path[2], districtId: path[3] },
    units: units.map(([unitId, area, developerHeld, ownerIds]) => ({ unitId, area, developerHeld, ownerIds })),
  };
}
