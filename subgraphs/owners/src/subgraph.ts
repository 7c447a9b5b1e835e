import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../platform/federation/build-subgraph-schema.js';
import type { SubgraphModule } from '../../platform/federation/subgraph-module.js';
import type { DistrictPlan } from '../../../infra/demo/district-plan.js';
import { ConfigurationError, type Environment } from '../../platform/config/environment.js';
import type { LoaderFactory } from '../../platform/context/request-context.js';
import { createOwnersLoaders } from './owners.loaders.js';
import { ownersDatabase } from './owners.database.js';
import { committeeReferences } from './committee/committee.reference.js';
import { assemblyReferences } from './assembly/assembly.reference.js';
import { resolutionReferences } from './resolution/resolution.reference.js';
// type-graphql registers types and fields as modules load, and the printed SDL follows that order: the resolution
// resolvers load here, as they always have, so moving code does not reorder the committed schema.
import { ResolutionResolver } from './resolution/resolution.resolver.js';
import { NeighborhoodResolutionsResolver } from './resolution/neighborhood-resolutions.resolver.js';
import { parseJurisdictionThresholds, type VotingThresholds } from './tally/thresholds.js';
import { OwnersCommitteeResolver } from './committee/committee.resolver.js';
import { CommitteePostResolver } from './committee/committee-post.resolver.js';
import { NeighborhoodCommitteeResolver } from './committee/neighborhood-committee.resolver.js';
import { PersonCommitteePostsResolver } from './committee/person-committee-posts.resolver.js';
import { ElectorateResolver } from './electorate/electorate.resolver.js';
import { ElectorateUnitsResolver } from './electorate/electorate-units.resolver.js';
import { OwnersAssemblyResolver } from './assembly/assembly.resolver.js';
import { OwnersMotionResolver } from './assembly/owners-motion.resolver.js';
import { OwnersBallotResolver } from './ballot/ballot.resolver.js';
import { OwnersAssemblyNoticeResolver } from './assembly/assembly-notice.resolver.js';
import { AssemblyListResolver } from './assembly/assembly-list.resolver.js';
import { MotionBallotsResolver } from './ballot/motion-ballots.resolver.js';
import { BallotCorrectionFieldResolver } from './ballot/ballot-correction-field.resolver.js';
import { BallotCorrectionResolver } from './ballot/ballot-correction.resolver.js';
import { OwnersFundEntryResolver } from './fund/fund.resolver.js';
import { OwnersFundReversalResolver } from './fund/fund-reversal.resolver.js';
import { VotingRulesResolver } from './rules/voting-rules.resolver.js';
import { RuleDelegationResolver } from './rules/rule-delegation.resolver.js';
import { MotionThresholdsResolver } from './rules/motion-thresholds.resolver.js';
import { CommunityOwnersListsResolver } from './lists/community-owners-lists.resolver.js';
import { StreetOwnersListsResolver } from './lists/street-owners-lists.resolver.js';
import { DistrictOwnersListsResolver } from './lists/district-owners-lists.resolver.js';
import { MyBallotsResolver } from './lists/my-ballots.resolver.js';
import { NeighborhoodFundLedgerResolver } from './fund/neighborhood-fund-ledger.resolver.js';
import { FundEntryFieldsResolver } from './fund/fund-entry-fields.resolver.js';
import { CommunityStub, DistrictStub, registryReferences, StreetStub, UnitStub } from './stubs/registry.stub.js';
import { CommunityOwnersStatisticsResolver } from './statistics/community-owners-statistics.resolver.js';
import { StreetOwnersStatisticsResolver } from './statistics/street-owners-statistics.resolver.js';
import { DistrictOwnersStatisticsResolver } from './statistics/district-owners-statistics.resolver.js';
import { CommitteeElectionResolver } from './committee/committee-election.resolver.js';
import { CommitteeMeetingResolver } from './meeting/committee-meeting.resolver.js';
import { GovernanceMatterOwnersResolver } from './governance/governance.resolver.js';
import { PersonOwnersPostSummariesResolver } from './governance/person-owners-post-summaries.resolver.js';
import { GovernanceMatterStub, partyReferences } from './stubs/party.stub.js';
import { StatutoryDeadlineResolver } from './deadline/statutory-deadline.resolver.js';
import { NeighborhoodStatutoryDeadlinesResolver } from './deadline/neighborhood-statutory-deadlines.resolver.js';
import { CommunityStatutoryDeadlinesResolver } from './deadline/community-statutory-deadlines.resolver.js';
import { StreetStatutoryDeadlinesResolver } from './deadline/street-statutory-deadlines.resolver.js';
import { DistrictStatutoryDeadlinesResolver } from './deadline/district-statutory-deadlines.resolver.js';
import { CommunityCommitteeMembersResolver } from './statistics/community-committee-members.resolver.js';
import { StreetCommitteeMembersResolver } from './statistics/street-committee-members.resolver.js';
import { DistrictCommitteeMembersResolver } from './statistics/district-committee-members.resolver.js';
import { seedOwners } from '../seeders/owners.seeder.js';
import { ResolutionNoticeResolver } from './notice/notice.resolver.js';
import { createNoticeRoutes } from './notice/notice.routes.js';
import { OwnersFundNoticeResolver } from './fund-notice/fund-notice.resolver.js';
import { NeighborhoodFundNoticesResolver } from './fund-notice/neighborhood-fund-notices.resolver.js';
import { integerVariable } from '../../platform/config/environment.js';
import { startDeadlineWatch } from './deadline/deadline-watch.js';
import { PreparatoryGroupResolver } from './formation/preparatory-group.resolver.js';
import { PreparatoryGroupMemberResolver } from './formation/preparatory-group-member.resolver.js';
import { OwnersElectionResolver } from './election/election.resolver.js';
import { ElectionCandidateResolver } from './election/election-candidate.resolver.js';
import { AssemblyElectionResolver } from './election/assembly-election.resolver.js';
import { CommitteeOfficeResolver } from './committee/committee-member-leaving.resolver.js';
import { CommitteeOfficersResolver } from './committee/committee-officers.resolver.js';
import { CommitteeOfficerChoicesResolver } from './committee/committee-officer-choices.resolver.js';

export interface OwnersSchemaOptions {
  /** Voting thresholds per district id; districts not listed use the Civil Code. */
  jurisdictions: Map<string, VotingThresholds>;
}

/** The owners subgraph's schema: committees, assemblies, motions, ballots, resolutions, funds. Never listens; see index.ts. */
export function createOwnersSchema(options: OwnersSchemaOptions): Promise<GraphQLSchema> {
  const resolutionResolver = new ResolutionResolver(options.jurisdictions);
  const assemblyResolver = new OwnersAssemblyResolver(options.jurisdictions);
  const electionResolver = new OwnersElectionResolver(options.jurisdictions);
  return buildFederatedSchema({
    resolvers: [
      OwnersCommitteeResolver,
      CommitteePostResolver,
      NeighborhoodCommitteeResolver,
      PersonCommitteePostsResolver,
      ElectorateResolver,
      ElectorateUnitsResolver,
      OwnersAssemblyResolver,
      OwnersMotionResolver,
      OwnersAssemblyNoticeResolver,
      AssemblyListResolver,
      MotionBallotsResolver,
      BallotCorrectionFieldResolver,
      BallotCorrectionResolver,
      OwnersBallotResolver,
      ResolutionResolver,
      NeighborhoodResolutionsResolver,
      OwnersFundEntryResolver,
      OwnersFundReversalResolver,
      VotingRulesResolver,
      RuleDelegationResolver,
      MotionThresholdsResolver,
      CommunityOwnersListsResolver,
      StreetOwnersListsResolver,
      DistrictOwnersListsResolver,
      MyBallotsResolver,
      FundEntryFieldsResolver,
      NeighborhoodFundLedgerResolver,
      CommitteeElectionResolver,
      CommitteeMeetingResolver,
      CommunityOwnersStatisticsResolver,
      StreetOwnersStatisticsResolver,
      DistrictOwnersStatisticsResolver,
      CommunityCommitteeMembersResolver,
      StreetCommitteeMembersResolver,
      DistrictCommitteeMembersResolver,
      GovernanceMatterOwnersResolver,
      PersonOwnersPostSummariesResolver,
      StatutoryDeadlineResolver,
      NeighborhoodStatutoryDeadlinesResolver,
      CommunityStatutoryDeadlinesResolver,
      StreetStatutoryDeadlinesResolver,
      DistrictStatutoryDeadlinesResolver,
      ResolutionNoticeResolver,
      OwnersFundNoticeResolver,
      NeighborhoodFundNoticesResolver,
      PreparatoryGroupResolver,
      PreparatoryGroupMemberResolver,
      OwnersElectionResolver,
      ElectionCandidateResolver,
      AssemblyElectionResolver,
      CommitteeOfficeResolver,
      CommitteeOfficersResolver,
      CommitteeOfficerChoicesResolver,
    ],
    orphanedTypes: [GovernanceMatterStub, UnitStub, CommunityStub, StreetStub, DistrictStub],
    container: {
      get: (resolverClass) =>
        resolverClass === ResolutionResolver ? resolutionResolver : resolverClass === OwnersAssemblyResolver ? assemblyResolver : resolverClass === OwnersElectionResolver ? electionResolver : new (resolverClass as new () => object)(),
    },
    // This subgraph's own entities (each feature's `.reference.ts`), then the key-only stubs of other subgraphs'.
    references: { ...committeeReferences, ...assemblyReferences, ...resolutionReferences, ...registryReferences, ...partyReferences },
  });
}

function readJurisdictions(env: Environment): Map<string, VotingThresholds> {
  try {
    return parseJurisdictionThresholds(env.OWNERS_VOTING_THRESHOLDS);
  } catch (error) {
    throw new ConfigurationError(error instanceof Error ? error.message : 'OWNERS_VOTING_THRESHOLDS is not valid JSON.');
  }
}

/** The owners' subgraph (业主委员会与业主大会). */
export const ownersSubgraph: SubgraphModule<DistrictPlan> = {
  name: 'owners',
  defaultPort: 4004,
  database: ownersDatabase,
  // Place certificates and owners' rosters (registry), matter certificates (party).
  trusts: ['registry', 'party'],
  createLoaders: createOwnersLoaders as LoaderFactory<unknown>,
  createSchema: (env) => createOwnersSchema({ jurisdictions: readJurisdictions(env) }),
  seedDemo: (em, plan) => seedOwners(em, plan),
  publicRoutes: (orm) => createNoticeRoutes(orm),
  // The scheduled check that announces statutory deadlines falling due or overdue (default every 15 minutes).
  startBackground: ({ orm, env, logger }) => startDeadlineWatch(orm, integerVariable(env, 'OWNERS_DEADLINE_CHECK_INTERVAL_MS', 900_000, 1000), logger),
};
