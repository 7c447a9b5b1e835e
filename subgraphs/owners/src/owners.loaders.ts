import DataLoader from 'dataloader';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '../../platform/access/caller.js';
import { createChildrenLoader, createEntityLoader } from '../../platform/batching/entity-loader.js';
import { plainPrototype } from '../../platform/batching/plain-rows.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { scopeWhere, type OwnersScope } from './access/owners-scope.js';
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
import type { MatterStageCounts } from '../../platform/governance/matter-stage-facts.js';
import { createClockFactsLoader, type PlaceKey } from './deadline/statutory-deadline.loader.js';
import type { ClockFacts } from './deadline/statutory-clocks.js';
import { PreparatoryGroup } from './formation/preparatory-group.entity.js';
import { PreparatoryGroupMember } from './formation/preparatory-group-member.entity.js';
import { OwnersElection } from './election/owners-election.entity.js';
import { ElectionCandidate } from './election/election-candidate.entity.js';
import { createVotingMembersLoader, type VotingMember } from './statistics/voting-members.loader.js';
import { createScopeLoaders } from './access/owners-scope.loader.js';
import { createResolutionsOfNeighborhoodLoader } from './resolution/resolution.loader.js';
import { createAdoptingResolutionOfMatterLoader, createFactsOfMatterLoader } from './governance/governance.loader.js';
import { createCommitteeMembersOfPlaceLoader, type AreaKey } from './statistics/committee-members.loader.js';
import { createPartyStandingLoader, type PartyStanding } from './committee/party-standing.loader.js';

/** What a committee listed as a plain row needs of its class: the field its method answers. */
const COMMITTEE_ROW = plainPrototype(OwnersCommittee, ['filingDueOn']);

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
  partyStanding: DataLoader<PartyStanding, true, string>;
  preparatoryGroup: DataLoader<string, PreparatoryGroup | null>;
  membersOfPreparatoryGroup: DataLoader<string, PreparatoryGroupMember[]>;
  election: DataLoader<string, OwnersElection | null>;
  candidatesOfElection: DataLoader<string, ElectionCandidate[]>;
  electionsOfAssembly: DataLoader<string, OwnersElection[]>;
}

export type OwnersContext = RequestContext<OwnersLoaders>;

/** The per-request loaders: assembled here, each batched read is made in its feature's `.loader.ts`. */
export function createOwnersLoaders(em: EntityManager, caller: Caller): OwnersLoaders {
  const { ownCommittee, scope } = createScopeLoaders(em, caller);
  const votingMembersOfCommittee = createVotingMembersLoader(em);
  return {
    ownCommittee,
    scope,
    committee: createEntityLoader(em, OwnersCommittee),
    electorate: createEntityLoader(em, ElectorateSnapshot),
    assembly: createEntityLoader(em, OwnersAssembly),
    motion: createEntityLoader(em, OwnersMotion),
    resolution: createEntityLoader(em, Resolution),
    // Plain rows: every reader (Neighborhood.ownersCommittee, the area figures and lists) only reads them.
    activeCommitteesOfNeighborhood: createChildrenLoader<OwnersCommittee>(
      em,
      OwnersCommittee,
      'neighborhoodId',
      { electedOn: 'desc' },
      async () => ({ $and: [{ status: CommitteeStatus.ACTIVE }, scopeWhere(await scope())] }) as FilterQuery<OwnersCommittee>,
      COMMITTEE_ROW,
    ),
    membersOfCommittee: createChildrenLoader(em, CommitteeMember, 'committeeId', { role: 'asc', recordedAt: 'asc', personId: 'asc' }),
    votingMembersOfCommittee,
    // Plain rows: a person's posts are only read (Person.committeePosts and the post summaries).
    postsOfPerson: createChildrenLoader<CommitteeMember>(em, CommitteeMember, 'personId', { recordedAt: 'asc' }, async () => scopeWhere(await scope()) as FilterQuery<CommitteeMember>, plainPrototype(CommitteeMember)),
    motionsOfAssembly: createChildrenLoader(em, OwnersMotion, 'assemblyId', { position: 'asc' }),
    noticesOfAssembly: createChildrenLoader(em, OwnersAssemblyNotice, 'assemblyId', { recordedAt: 'asc' }),
    ballotsOfMotion: createChildrenLoader(em, OwnersBallot, 'motionId', { recordedAt: 'asc', id: 'asc' }),
    correctionsOfMotion: createChildrenLoader(em, OwnersBallotCorrection, 'motionId', { recordedAt: 'asc' }),
    fundEntriesOfNeighborhood: createChildrenLoader(em, OwnersFundEntry, 'neighborhoodId', { recordedAt: 'asc', id: 'asc' }),
    fundNoticesOfNeighborhood: createChildrenLoader(em, OwnersFundNotice, 'neighborhoodId', { periodStart: 'desc' }),
    resolutionsOfMotion: createChildrenLoader(em, Resolution, 'motionId', { recordedAt: 'asc' }),
    resolutionsOfNeighborhood: createResolutionsOfNeighborhoodLoader(em, scope),
    publicationOfResolution: createChildrenLoader(em, ResolutionPublication, 'resolutionId', { recordedAt: 'asc' }),
    factsOfMatter: createFactsOfMatterLoader(em),
    motionsOfMatter: createChildrenLoader<OwnersMotion>(em, OwnersMotion, 'governanceMatterId', { recordedAt: 'asc', position: 'asc' }, async () => {
      const readable = await scope();
      // Motions are the committee's working records: readers of published resolutions only do not see them.
      return (readable.publishedOnly ? { id: { $in: [] } } : scopeWhere(readable)) as FilterQuery<OwnersMotion>;
    }),
    adoptingResolutionOfMatter: createAdoptingResolutionOfMatterLoader(em, scope),
    clockFactsOfPlace: createClockFactsLoader(em, scope),
    committeeMembersOfPlace: createCommitteeMembersOfPlaceLoader(em, scope, votingMembersOfCommittee),
    partyStanding: createPartyStandingLoader(em),
    preparatoryGroup: createEntityLoader(em, PreparatoryGroup),
    membersOfPreparatoryGroup: createChildrenLoader(em, PreparatoryGroupMember, 'groupId', { leads: 'desc', kind: 'asc', personId: 'asc' }),
    election: createEntityLoader(em, OwnersElection),
    candidatesOfElection: createChildrenLoader(em, ElectionCandidate, 'electionId', { position: 'asc' }),
    electionsOfAssembly: createChildrenLoader(em, OwnersElection, 'assemblyId', { recordedAt: 'asc' }),
  };
}
