import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';

/** A person's party standing as the gateway brought it (from the party subgraph). */
export interface PartyStanding {
  personId: string;
  partyMember: boolean;
}

/** Records the party standings the gateway brought for people on their committee posts, all of one tick in one statement. */
export function createPartyStandingLoader(em: EntityManager): DataLoader<PartyStanding, true, string> {
  return new DataLoader(
    async (standings) => {
      const values = standings.map(() => '(?::uuid, ?::boolean)').join(', ');
      await em.execute(
        `update owners.committee_member as member set party_member = standing.party_member, party_member_seen_at = now()
           from (values ${values}) as standing(person_id, party_member)
          where member.person_id = standing.person_id and member.party_member is distinct from standing.party_member`,
        standings.flatMap((standing) => [standing.personId, standing.partyMember]),
      );
      return standings.map(() => true as const);
    },
    { cacheKeyFn: (standing) => `${standing.personId}:${standing.partyMember}` },
  );
}
