import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '../../../platform/access/caller.js';
import { OwnersCommittee } from '../committee/owners-committee.entity.js';
import { CommitteeStatus } from '../committee/committee-kinds.js';
import { ownersScope, type OwnersScope } from './owners-scope.js';
import { ownerPersonOf } from '../ballot/ballot.access.js';
import { claimedCommitteeId, holdsCommitteeNeighborhood } from './own-committee-access.js';

async function findOwnCommittee(em: EntityManager, caller: Caller): Promise<OwnersCommittee | null> {
  const committeeId = claimedCommitteeId(caller);
  if (!committeeId) return null;
  const committee = await em.findOne(OwnersCommittee, { id: committeeId, status: CommitteeStatus.ACTIVE });
  return committee && holdsCommitteeNeighborhood(caller, committee) ? committee : null;
}

/** Neighborhoods whose stored electorate lists the person as an owner. */
async function residentNeighborhoodIds(em: EntityManager, personId: string): Promise<string[]> {
  const rows = await em.execute<{ neighborhood_id: string }[]>(
    'select distinct neighborhood_id from owners.electorate_snapshot where units @> ?::jsonb',
    [JSON.stringify([{ ownerIds: [personId] }])],
  );
  return rows.map((row) => row.neighborhood_id);
}

/** The caller's own committee and what the caller may read, each looked up once per request, when first asked. */
export function createScopeLoaders(em: EntityManager, caller: Caller): { ownCommittee(): Promise<OwnersCommittee | null>; scope(): Promise<OwnersScope> } {
  let own: Promise<OwnersCommittee | null> | undefined;
  let scope: Promise<OwnersScope> | undefined;
  const ownCommittee = () => (own ??= findOwnCommittee(em, caller));
  return {
    ownCommittee,
    scope: () =>
      (scope ??= (async () => {
        const committee = await ownCommittee();
        const owner = ownerPersonOf(caller);
        const residentPlaces = owner ? await residentNeighborhoodIds(em, owner) : [];
        return ownersScope(caller, committee?.neighborhoodId ?? null, residentPlaces);
      })()),
  };
}
