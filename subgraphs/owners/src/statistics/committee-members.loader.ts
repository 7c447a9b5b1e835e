import DataLoader from 'dataloader';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { findPlainRows } from '../../../platform/batching/plain-rows.js';
import { scopeWhere, type OwnersScope } from '../access/owners-scope.js';
import { OwnersCommittee } from '../committee/owners-committee.entity.js';
import { CommitteeStatus } from '../committee/committee-kinds.js';
import type { VotingMember } from './voting-members.loader.js';

/** An area by the column owners records store it in: `${column}:${id}`. */
export type AreaKey = `${'districtId' | 'streetId' | 'communityId'}:${string}`;

/**
 * Person ids of the voting members of the committees in office in each place, within the caller's scope: two
 * statements per batch (the committees, then their voting members through `votingMembers`), both plain rows.
 */
export function createCommitteeMembersOfPlaceLoader(
  em: EntityManager,
  scope: () => Promise<OwnersScope>,
  votingMembers: DataLoader<string, VotingMember[]>,
): DataLoader<AreaKey, string[]> {
  return new DataLoader(async (keys) => {
    const byColumn = new Map<string, string[]>();
    for (const key of keys) {
      const [column, id] = key.split(':') as [string, string];
      byColumn.set(column, [...(byColumn.get(column) ?? []), id]);
    }
    // Plain rows: only their ids and place columns are read.
    const committees = await findPlainRows(em, OwnersCommittee, {
      $and: [{ status: CommitteeStatus.ACTIVE }, { $or: [...byColumn].map(([column, ids]) => ({ [column]: { $in: ids } })) }, scopeWhere(await scope())],
    } as FilterQuery<OwnersCommittee>);
    // Voting members as plain rows (one statement for all committees), not managed entities.
    const members = committees.length ? await votingMembers.loadMany(committees.map((committee) => committee.id)) : [];
    const personIdsOf = new Map(committees.map((committee, index) => {
      const list = members[index];
      if (list instanceof Error) throw list;
      return [committee.id, list.map((member) => member.personId)];
    }));
    return keys.map((key) => {
      const [column, id] = key.split(':') as [keyof OwnersCommittee, string];
      return [...new Set(committees.filter((committee) => committee[column] === id).flatMap((committee) => personIdsOf.get(committee.id)!))].sort();
    });
  });
}
