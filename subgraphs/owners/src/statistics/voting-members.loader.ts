import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CommitteeRole } from '../committee/committee-kinds.js';
import { placeholders } from '../../../platform/orm/sql-placeholders.js';

/** A voting member of a committee as the figures need them: who, and their party standing if the party reported it. */
export interface VotingMember {
  personId: string;
  partyMember: boolean | null;
}

/**
 * The voting members (executive secretaries excluded) of many committees in one statement, as plain rows: the
 * area figures (`ownersStatistics`) count them over every committee of a district, and managed entities (identity
 * map, hydration) bought nothing there but CPU time.
 */
export function createVotingMembersLoader(em: EntityManager): DataLoader<string, VotingMember[]> {
  return new DataLoader<string, VotingMember[]>(async (committeeIds) => {
    const rows = await em.getConnection().execute<{ committee_id: string; person_id: string; party_member: boolean | null }[]>(
      `select committee_id, person_id, party_member from owners.committee_member
        where committee_id in (${placeholders(committeeIds)}) and role <> ?`,
      [...committeeIds, CommitteeRole.EXECUTIVE_SECRETARY],
    );
    const byCommittee = new Map<string, VotingMember[]>();
    for (const row of rows) {
      const list = byCommittee.get(row.committee_id) ?? [];
      list.push({ personId: row.person_id, partyMember: row.party_member });
      byCommittee.set(row.committee_id, list);
    }
    return committeeIds.map((id) => byCommittee.get(id) ?? []);
  });
}
