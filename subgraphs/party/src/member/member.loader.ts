import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createChildrenLoader, createEntityLoader, createUniqueLoader } from '../../../platform/batching/entity-loader.js';
import { PartyMember } from './member.entity.js';
import { PartyMemberCategory } from './member-kinds.js';
import { PartyMemberTransfer } from './member-transfer.entity.js';
import { placeholders } from '../../../platform/orm/sql-placeholders.js';

export interface MemberCounts {
  formal: number;
  probationary: number;
}

/** Party members of one request: by id, by person, by organisation (with counts), and their transfers. */
export interface MemberLoaders {
  member: DataLoader<string, PartyMember | null>;
  memberOfPerson: DataLoader<string, PartyMember | null>;
  /** Whether a person has a member record (as memberOfPerson finds one), without loading the records: for counts. */
  personIsMember: DataLoader<string, boolean>;
  memberCounts: DataLoader<string, MemberCounts>;
  membersOfOrganization: DataLoader<string, PartyMember[]>;
  transfersOfMember: DataLoader<string, PartyMemberTransfer[]>;
}

/** Members in the organisations' rolls today (not left), by category: one grouped statement per batch. */
function createMemberCountsLoader(em: EntityManager): DataLoader<string, MemberCounts> {
  return new DataLoader(async (ids) => {
    const rows = await em
      .getConnection()
      .execute<{ organization_id: string; category: PartyMemberCategory; count: string }[]>(
        `select organization_id, category, count(*) as count from party.member where left_on is null and organization_id in (${placeholders(ids)}) group by organization_id, category`,
        [...ids],
      );
    return ids.map((id) => {
      const count = (category: PartyMemberCategory) => Number(rows.find((row) => row.organization_id === id && row.category === category)?.count ?? 0);
      return { formal: count(PartyMemberCategory.FORMAL), probationary: count(PartyMemberCategory.PROBATIONARY) };
    });
  });
}

/** Which of the persons have a member record: one statement per batch, person ids only. */
function createPersonIsMemberLoader(em: EntityManager): DataLoader<string, boolean> {
  return new DataLoader(async (personIds) => {
    const rows = await em.execute<{ person_id: string }[]>(
      `select person_id from party.member where person_id in (${placeholders(personIds)})`,
      [...personIds],
    );
    const members = new Set(rows.map((row) => row.person_id));
    return personIds.map((id) => members.has(id));
  });
}

export function createMemberLoaders(em: EntityManager): MemberLoaders {
  return {
    member: createEntityLoader(em, PartyMember),
    memberOfPerson: createUniqueLoader(em, PartyMember, 'personId'),
    personIsMember: createPersonIsMemberLoader(em),
    memberCounts: createMemberCountsLoader(em),
    membersOfOrganization: createChildrenLoader(em, PartyMember, 'organizationId', { createdAt: 'asc' }, async () => ({ leftOn: null })),
    transfersOfMember: createChildrenLoader(em, PartyMemberTransfer, 'memberId', { createdAt: 'asc' }),
  };
}
