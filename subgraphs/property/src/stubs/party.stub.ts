import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { createKeyOnlyStub } from '../../../platform/federation/key-only-stub.js';
import { createGovernanceMatterStub } from '../../../platform/federation/governance-matter.stub.js';
import { keyOnlyReferences } from '../../../platform/federation/key-only-reference.js';

/** The party subgraph's organisation; this subgraph only returns references to it. */
export const PartyOrganizationStub = createKeyOnlyStub('PartyOrganization', 'A party organisation (党组织), owned by the party subgraph.', {
  resolvable: false,
  idDescription: 'Its id in the party subgraph.',
});
export type PartyOrganizationStub = InstanceType<typeof PartyOrganizationStub>;

// Declared after PartyOrganization: type-graphql orders the schema's stub types by declaration, which schema/ records.
/** The party subgraph's governance matter, key only: this subgraph's own class of the platform's stub. */
export const GovernanceMatterStub = createGovernanceMatterStub();
export type GovernanceMatterStub = InstanceType<typeof GovernanceMatterStub>;

/**
 * The party subgraph's joint meeting (三方联席会议), extended here with its recusal flags. The two external fields are
 * `@inaccessible` in the party subgraph; the gateway brings them for `recusals` (`@requires`).
 */
@Directive('@key(fields: "id")')
@ObjectType('JointMeeting', { description: 'A joint meeting (三方联席会议), owned by the party subgraph.' })
export class JointMeetingStub {
  @Field(() => ID, { description: 'Its id in the party subgraph.' })
  id!: string;

  @Directive('@external')
  @Field(() => [ID], { description: 'Property companies concerned by the matters discussed (from the party subgraph).' })
  concernedCompanyIds?: string[];

  @Directive('@external')
  @Field(() => [ID], { description: 'Person ids of the participants (from the party subgraph).' })
  participantPersonIds?: string[];
}

/** `__resolveReference` for GovernanceMatter and JointMeeting: the representation itself, with the fields the gateway brought. */
export const partyStubReferences = keyOnlyReferences('GovernanceMatter', 'JointMeeting');
