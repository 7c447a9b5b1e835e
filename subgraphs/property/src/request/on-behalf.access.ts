import type { Caller } from '../../../platform/access/caller.js';
import { readHeadCertificate, type CertifiedHead } from '../../../platform/access/head-certificate.js';
import type { StatementKeys } from '../../../platform/access/signed-statement.js';
import { Role } from '../../../platform/access/role.js';
import { badUserInput, forbidden } from '../../../platform/errors/error-codes.js';

/**
 * Who may enter a request on a resident's behalf (代办): a person signed in as themself (RESIDENT) whom the party
 * subgraph's fresh statement names as a head, for a place the statement covers. Party alone knows the appointments;
 * this subgraph only checks its signature, its freshness (at the server clock), that it names the caller, and the place.
 */
export function assertMayEnterOnBehalf(caller: Caller, certificate: string, keys: StatementKeys, now: number): CertifiedHead {
  if (caller.role !== Role.RESIDENT || !caller.personId) {
    throw forbidden(`Your role (${caller.role}) may not enter requests as a head: a building, entrance or grid head signs in as themself (RESIDENT).`);
  }
  const head = readHeadCertificate(certificate, keys, now);
  if (!head || head.personId !== caller.personId) {
    throw forbidden('headCertificate is not a head statement the party subgraph signed for you in the last 10 minutes: read it again (neighborhoodHeadCertificate { certificate }).', { field: 'headCertificate' });
  }
  return head;
}

/** Checks the place against the head's coverage: their building(s), or the whole neighborhood for a grid head. */
export function assertHeadCovers(head: CertifiedHead, neighborhoodId: string, buildingId: string | null): void {
  const entry = head.coverage.find((candidate) => candidate.neighborhoodId === neighborhoodId);
  if (!entry) throw forbidden('Your head posts do not cover this neighborhood: enter requests only for the places you head.');
  if (entry.buildingIds === null) {
    // This subgraph cannot tell which buildings lie in the neighborhood: a grid head's request names none.
    if (buildingId !== null) throw badUserInput('A grid head acts for the whole neighborhood: leave buildingId out and say where in location.', { field: 'buildingId' });
    return;
  }
  if (buildingId === null) throw badUserInput('buildingId is required: name the building you head that the request concerns.', { field: 'buildingId' });
  if (!entry.buildingIds.includes(buildingId)) throw forbidden('Your head posts do not cover this building: enter requests only for the places you head.');
}
