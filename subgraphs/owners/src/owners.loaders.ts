import DataLoader from 'dataloader';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '../../platform/access/caller.js';
import { createChildrenLoader, createEntityLoader } from '../../platform/batching/entity-loader.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { ownersScope, scopeWhere, type OwnersScope } from './access/owners-scope.js';
import { ownerPersonOf } from './access/ballot-access.js';
import { claimedCommitteeId, holdsCommitteeNeighborhood } from './access/own-committee-access.js';
import { OwnersCommittee } from './committee/owners-committee.entity.js';
import { CommitteeMember } from './committee/committee-member.entity.js';
import { ElectorateSnapshot } from './electorate/electorate-snapshot.entity.js';
import { OwnersAssembly } from './assembly/owners-assembly.entity.js';
import { OwnersMotion } from './assembly/owners-motion.entity.js';
import { OwnersAssemblyNotice } from './assembly/assembly-notice.entity.js';
import { OwnersBallot } from './ballot/owners-ballot.entity.js';
import { OwnersBallotCorrection } from './ballot/ballot-correction.entity.js';
import { OwnersFundNotice } from './fund-notice/fund-notice.entity.js';
import { OwnersFundEntry } from './fund/fund-entry.entity.js';
import { Resolution } from './resolution/resolution.entity.js';
import { ResolutionPublication } from './resolution/resolution-publication.entity.js';
import { CommitteeStatus } from './committee/committee-kinds.js';
import type { MotionStatus } from './assembly/assembly-kinds.js';
import type { ResolutionOutcome } from './resolution/resolution-outcome.js';
import type { MatterStageCounts } from '../../platform/governance/matter-stage-facts.js';
import { motionFacts } from './governance/motion-facts.js';
import { createClockFactsLoader, type PlaceKey } from './deadline/statutory-deadline.loader.js';
import type { ClockFacts } from './deadline/statutory-clocks.js';
import { PreparatoryGroup } from './formation/preparatory-group.entity.js';
import { PreparatoryGroupMember } from './formation/preparatory-group-member.entity.js';
import { OwnersElection } from './election/owners-election.entity.js';
import { ElectionCandidate } from './election/election-candidate.entity.js';
import { createVotingMembersLoader, type VotingMember } from './statistics/voting-members.loader.js';

export interface OwnersLoaders {
  /** What the caller may read, resolved once per request. */
  scope(): Promise<OwnersScope>;
  /** The committee the caller acts for, if it is an OWNERS_COMMITTEE caller whose grant covers its neighborhood. */
  ownCommittee(): Promise<OwnersCommittee | null>;
  committee: DataLoader<string, OwnersCommittee | null>;
  electorate: DataLoader<string, ElectorateSnapshot | null>;
  assembly: DataLoader<string, OwnersAssembly | null>;
  motion: DataLoader<string, OwnersMotion | null>;
  resolution: DataLoader<string, Resolution | null>;
  activeCommitteesOfNeighborhood: DataLoader<string, OwnersCommittee[]>;
  membersOfCommittee: DataLoader<string, CommitteeMember[]>;
  /** Voting members of committees as plain rows, for the area figures. */
  votingMembersOfCommittee: DataLoader<string, VotingMember[]>;
  postsOfPerson: DataLoader<string, CommitteeMember[]>;
  motionsOfAssembly: DataLoader<string, OwnersMotion[]>;
  noticesOfAssembly: DataLoader<string, OwnersAssemblyNotice[]>;
  ballotsOfMotion: DataLoader<string, OwnersBallot[]>;
  correctionsOfMotion: DataLoader<string, OwnersBallotCorrection[]>;
  fundEntriesOfNeighborhood: DataLoader<string, OwnersFundEntry[]>;
  fundNoticesOfNeighborhood: DataLoader<string, OwnersFundNotice[]>;
  resolutionsOfMotion: DataLoader<string, Resolution[]>;
  resolutionsOfNeighborhood: DataLoader<string, Resolution[]>;
  publicationOfResolution: DataLoader<string, ResolutionPublication[]>;
  /** The owners' facts of each governance matter, over every motion linked to it whoever asks (one statement per batch). */
  factsOfMatter: DataLoader<string, MatterStageCounts>;
  /** The motions linked to each governance matter that the caller may read. */
  motionsOfMatter: DataLoader<string, OwnersMotion[]>;
  /** The resolution in force that adopted a motion of each governance matter (the latest), if the caller may read it. */
  adoptingResolutionOfMatter: DataLoader<string, Resolution | null>;
  /** The stored dates of the statutory clocks of each place (`${column}:${id}`), within the caller's scope. */
  clockFactsOfPlace: DataLoader<PlaceKey, ClockFacts>;
  /**
   * Person ids of the voting members of the committees in office in each place (`${column}:${id}`), within the
   * caller's scope: two statements per batch. For the party subgraph's share of party members among them.
   */
  committeeMembersOfPlace: DataLoader<AreaKey, string[]>;
  /** Records the party standings the gateway brought for people, all of one tick in one statement. */
  partyStanding: DataLoader<{ personId: string; partyMember: boolean }, true, string>;
  preparatoryGroup: DataLoader<string, PreparatoryGroup | null>;
  membersOfPreparatoryGroup: DataLoader<string, PreparatoryGroupMember[]>;
  election: DataLoader<string, OwnersElection | null>;
  candidatesOfElection: DataLoader<string, ElectionCandidate[]>;
  electionsOfAssembly: DataLoader<string, OwnersElection[]>;
}

export type OwnersContext = RequestContext<OwnersLoaders>;

/** An area by the column owners records store it in: `${column}:${id}`. */
export type AreaKey = `${'districtId' | 'streetId' | 'communityId'}:${string}`;

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

/** The resolutions among `rows` that have been published (one statement). */
export async function keepPublished(em: EntityManager, rows: Resolution[]): Promise<Resolution[]> {
  if (rows.length === 0) return rows;
  const publications = await em.find(ResolutionPublication, { resolutionId: { $in: rows.map((row) => row.id) } });
  const published = new Set(publications.map((publication) => publication.resolutionId));
  return rows.filter((row) => published.has(row.id));
}

export function createOwnersLoaders(em: EntityManager, caller: Caller): OwnersLoaders {
  let own: Promise<OwnersCommittee | null> | undefined;
  let scope: Promise<OwnersScope> | undefined;
  const loaders: OwnersLoaders = {
    ownCommittee: () => (own ??= findOwnCommittee(em, caller)),
    scope: () =>
      (scope ??= (async () => {
        const committee = await loaders.ownCommittee();
        const owner = ownerPersonOf(caller);
        const residentPlaces = owner ? await residentNeighborhoodIds(em, owner) : [];
        return ownersScope(caller, committee?.neighborhoodId ?? null, residentPlaces);
      })()),
    committee: createEntityLoader(em, OwnersCommittee),
    electorate: createEntityLoader(em, ElectorateSnapshot),
    assembly: createEntityLoader(em, OwnersAssembly),
    motion: createEntityLoader(em, OwnersMotion),
    resolution: createEntityLoader(em, Resolution),
    activeCommitteesOfNeighborhood: createChildrenLoader<OwnersCommittee>(em, OwnersCommittee, 'neighborhoodId', { electedOn: 'desc' }, async () => ({
      $and: [{ status: CommitteeStatus.ACTIVE }, scopeWhere(await loaders.scope())],
    }) as FilterQuery<OwnersCommittee>),
    membersOfCommittee: createChildrenLoader(em, CommitteeMember, 'committeeId', { role: 'asc', recordedAt: 'asc', personId: 'asc' }),
    votingMembersOfCommittee: createVotingMembersLoader(em),
    postsOfPerson: createChildrenLoader<CommitteeMember>(em, CommitteeMember, 'personId', { recordedAt: 'asc' }, async () => scopeWhere(await loaders.scope()) as FilterQuery<CommitteeMember>),
    motionsOfAssembly: createChildrenLoader(em, OwnersMotion, 'assemblyId', { position: 'asc' }),
    noticesOfAssembly: createChildrenLoader(em, OwnersAssemblyNotice, 'assemblyId', { recordedAt: 'asc' }),
    ballotsOfMotion: createChildrenLoader(em, OwnersBallot, 'motionId', { recordedAt: 'asc', id: 'asc' }),
    correctionsOfMotion: createChildrenLoader(em, OwnersBallotCorrection, 'motionId', { recordedAt: 'asc' }),
    fundEntriesOfNeighborhood: createChildrenLoader(em, OwnersFundEntry, 'neighborhoodId', { recordedAt: 'asc', id: 'asc' }),
    fundNoticesOfNeighborhood: createChildrenLoader(em, OwnersFundNotice, 'neighborhoodId', { periodStart: 'desc' }),
    resolutionsOfMotion: createChildrenLoader(em, Resolution, 'motionId', { recordedAt: 'asc' }),
    resolutionsOfNeighborhood: new DataLoader(async (neighborhoodIds) => {
      const readable = await loaders.scope();
      const rows = await em.find(
        Resolution,
        { $and: [{ neighborhoodId: { $in: [...neighborhoodIds] } }, scopeWhere(readable)] } as FilterQuery<Resolution>,
        { orderBy: { decidedAt: 'desc' } },
      );
      const visible = readable.publishedOnly ? await keepPublished(em, rows) : rows;
      return neighborhoodIds.map((id) => visible.filter((row) => row.neighborhoodId === id));
    }),
    publicationOfResolution: createChildrenLoader(em, ResolutionPublication, 'resolutionId', { recordedAt: 'asc' }),
    factsOfMatter: new DataLoader(async (matterIds) => {
      const rows = await em.execute<{ matter_id: string; status: MotionStatus; outcome: ResolutionOutcome | null }[]>(
        `select m.governance_matter_id as matter_id, m.status, r.outcome
           from owners.owners_motion m
           left join lateral (select outcome from owners.resolution where motion_id = m.id order by recorded_at desc, id desc limit 1) r on true
          where m.governance_matter_id in (${matterIds.map(() => '?').join(', ')})`,
        [...matterIds],
      );
      return matterIds.map((id) => motionFacts(rows.filter((row) => row.matter_id === id)));
    }),
    motionsOfMatter: createChildrenLoader<OwnersMotion>(em, OwnersMotion, 'governanceMatterId', { recordedAt: 'asc', position: 'asc' }, async () => {
      const readable = await loaders.scope();
      // Motions are the committee's working records: readers of published resolutions only do not see them.
      return (readable.publishedOnly ? { id: { $in: [] } } : scopeWhere(readable)) as FilterQuery<OwnersMotion>;
    }),
    adoptingResolutionOfMatter: new DataLoader(async (matterIds) => {
      const adopted = await em.execute<{ matter_id: string; resolution_id: string }[]>(
        `select distinct on (m.governance_matter_id) m.governance_matter_id as matter_id, r.id as resolution_id
           from owners.owners_motion m
           join lateral (select id, outcome, decided_at from owners.resolution where motion_id = m.id order by recorded_at desc, id desc limit 1) r on true
          where m.governance_matter_id in (${matterIds.map(() => '?').join(', ')}) and r.outcome = 'PASSED'
          order by m.governance_matter_id, r.decided_at desc`,
        [...matterIds],
      );
      if (adopted.length === 0) return matterIds.map(() => null);
      const readable = await loaders.scope();
      const rows = await em.find(Resolution, { $and: [{ id: { $in: adopted.map((row) => row.resolution_id) } }, scopeWhere(readable)] } as FilterQuery<Resolution>);
      const visible = new Map((readable.publishedOnly ? await keepPublished(em, rows) : rows).map((row) => [row.id, row]));
      const byMatter = new Map(adopted.map((row) => [row.matter_id, visible.get(row.resolution_id) ?? null]));
      return matterIds.map((id) => byMatter.get(id) ?? null);
    }),
    clockFactsOfPlace: createClockFactsLoader(em, () => loaders.scope()),
    committeeMembersOfPlace: new DataLoader(async (keys) => {
      const byColumn = new Map<string, string[]>();
      for (const key of keys) {
        const [column, id] = key.split(':') as [string, string];
        byColumn.set(column, [...(byColumn.get(column) ?? []), id]);
      }
      const committees = await em.find(OwnersCommittee, {
        $and: [{ status: CommitteeStatus.ACTIVE }, { $or: [...byColumn].map(([column, ids]) => ({ [column]: { $in: ids } })) }, scopeWhere(await loaders.scope())],
      } as FilterQuery<OwnersCommittee>);
      // Voting members as plain rows (one statement for all committees), not managed entities.
      const members = committees.length ? await loaders.votingMembersOfCommittee.loadMany(committees.map((committee) => committee.id)) : [];
      const personIdsOf = new Map(committees.map((committee, index) => {
        const list = members[index];
        if (list instanceof Error) throw list;
        return [committee.id, list.map((member) => member.personId)];
      }));
      return keys.map((key) => {
        const [column, id] = key.split(':') as [keyof OwnersCommittee, string];
        return [...new Set(committees.filter((committee) => committee[column] === id).flatMap((committee) => personIdsOf.get(committee.id)!))].sort();
      });
    }),
    partyStanding: new DataLoader(
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
    ),
    preparatoryGroup: createEntityLoader(em, PreparatoryGroup),
    membersOfPreparatoryGroup: createChildrenLoader(em, PreparatoryGroupMember, 'groupId', { leads: 'desc', kind: 'asc', personId: 'asc' }),
    election: createEntityLoader(em, OwnersElection),
    candidatesOfElection: createChildrenLoader(em, ElectionCandidate, 'electionId', { position: 'asc' }),
    electionsOfAssembly: createChildrenLoader(em, OwnersElection, 'assemblyId', { recordedAt: 'asc' }),
  };
  return loaders;
}
