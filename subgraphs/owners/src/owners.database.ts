import { ElectorateCapture } from './electorate/electorate-capture.entity.js';
import { OutboxEvent } from '../../platform/events/outbox-event.entity.js';
import type { SubgraphDatabase } from '../../platform/orm/subgraph-database.js';
import { OwnersCommittee } from './committee/owners-committee.entity.js';
import { CommitteeMember } from './committee/committee-member.entity.js';
import { ElectorateSnapshot } from './electorate/electorate-snapshot.entity.js';
import { OwnersAssembly } from './assembly/owners-assembly.entity.js';
import { OwnersMotion } from './assembly/owners-motion.entity.js';
import { OwnersAssemblyNotice } from './assembly/assembly-notice.entity.js';
import { OwnersBallot } from './ballot/owners-ballot.entity.js';
import { OwnersBallotCorrection } from './ballot/ballot-correction.entity.js';
import { Resolution } from './resolution/resolution.entity.js';
import { ResolutionPublication } from './resolution/resolution-publication.entity.js';
import { OwnersFundEntry } from './fund/fund-entry.entity.js';
import { NegativeListEntry } from './committee/negative-list.entity.js';
import { CommitteeDecision, CommitteeMeeting } from './meeting/committee-meeting.entity.js';
import { ConsumedMatterCertificate } from './governance/consumed-certificate.entity.js';
import { ownersMigrations } from '../migrations/index.js';
import { OwnersVotingRuleSet } from './rules/voting-rule-set.entity.js';
import { PreparatoryGroup } from './formation/preparatory-group.entity.js';
import { PreparatoryGroupMember } from './formation/preparatory-group-member.entity.js';
import { OwnersElection } from './election/owners-election.entity.js';
import { ElectionCandidate } from './election/election-candidate.entity.js';
import { OwnersRuleDelegation } from './rules/voting-rule-delegation.entity.js';
import { OwnersFundNotice } from './fund-notice/fund-notice.entity.js';
import { CommitteeOfficerChoice } from './committee/committee-officers.entity.js';

/** The owners subgraph's own Postgres schema, its tables and its migrations. */
export const ownersDatabase: SubgraphDatabase = {
  schema: 'owners',
  entities: [OwnersCommittee, CommitteeMember, ElectorateSnapshot, ElectorateCapture, OwnersAssembly, OwnersAssemblyNotice, OwnersMotion, OwnersBallot, OwnersBallotCorrection, Resolution, ResolutionPublication, OwnersFundEntry, NegativeListEntry, CommitteeMeeting, CommitteeDecision, OwnersVotingRuleSet, ConsumedMatterCertificate, OutboxEvent, PreparatoryGroup, PreparatoryGroupMember, OwnersElection, ElectionCandidate, OwnersRuleDelegation, OwnersFundNotice, CommitteeOfficerChoice],
  migrations: ownersMigrations,
  migrationsFolder: 'subgraphs/owners/migrations',
  // What the owners decided and recorded: a correction is a new row referencing the old one.
  appendOnlyTables: ['owners_ballot', 'resolution', 'resolution_publication', 'electorate_snapshot', 'electorate_capture', 'owners_fund_entry', 'committee_meeting', 'committee_decision', 'owners_assembly_notice', 'owners_ballot_correction', 'owners_voting_rule_set', 'consumed_matter_certificate', 'owners_fund_notice', 'committee_officer_choice'],
};
