import { Role, ROLES } from './role.js';
import type { Caller, PlaceGrant } from './caller.js';
import { isId } from '../ids/id.js';

/** The private claims of a caller's token, beside the standard sub, iss, aud, exp, iat and jti. */
export interface CallerClaims {
  role: Role;
  person?: string;
  org?: string;
  grant?: Partial<Record<keyof PlaceGrant, string[]>>;
}

function idList(value: unknown, claim: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((id) => typeof id !== 'string' || !isId(id))) {
    throw new Error(`claim grant.${claim} must be a list of ids`);
  }
  return value as string[];
}

function optionalId(value: unknown, claim: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || !isId(value)) throw new Error(`claim ${claim} must be an id`);
  return value;
}

/** Reads a verified token payload into a Caller, refusing shapes the graph does not understand. */
export function callerFromClaims(payload: Record<string, unknown>): Caller {
  const role = payload.role;
  // Explicit set membership: `role in Role` would accept inherited names such as `__proto__` or `constructor`.
  if (typeof role !== 'string' || !ROLES.has(role)) throw new Error('claim role is missing or unknown');
  if (typeof payload.sub !== 'string' || payload.sub.length === 0) throw new Error('claim sub is missing');
  const grant = (payload.grant ?? {}) as Record<string, unknown>;
  if (typeof grant !== 'object' || Array.isArray(grant)) throw new Error('claim grant must be an object');
  const caller: Caller = {
    subject: payload.sub,
    role: role as Role,
    personId: optionalId(payload.person, 'person'),
    organizationId: optionalId(payload.org, 'org'),
    grant: {
      districtIds: idList(grant.districtIds, 'districtIds'),
      streetIds: idList(grant.streetIds, 'streetIds'),
      communityIds: idList(grant.communityIds, 'communityIds'),
      neighborhoodIds: idList(grant.neighborhoodIds, 'neighborhoodIds'),
    },
    tokenId: typeof payload.jti === 'string' ? payload.jti : null,
  };
  if (caller.role === Role.RESIDENT && !caller.personId) throw new Error('a resident token must name its person');
  return caller;
}
