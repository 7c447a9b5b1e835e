import { createKeyOnlyStub } from '../../../platform/federation/key-only-stub.js';
import { createGovernanceMatterStub } from '../../../platform/federation/governance-matter.stub.js';
import { keyOnlyReferences } from '../../../platform/federation/key-only-reference.js';

/** The party subgraph's organisation; this subgraph only returns references to it. */
export const PartyOrganizationStub = createKeyOnlyStub('PartyOrganization', 'A party organisation (党组织), owned by the party subgraph.', {
  resolvable: false,
  idDescription: 'Its id.',
});
export type PartyOrganizationStub = InstanceType<typeof PartyOrganizationStub>;

// Declared after PartyOrganization: type-graphql orders the schema's stub types by declaration, which schema/ records.
/** The party subgraph's governance matter, key only: this subgraph's own class of the platform's stub. */
export const GovernanceMatterStub = createGovernanceMatterStub();
export type GovernanceMatterStub = InstanceType<typeof GovernanceMatterStub>;

/** Key-only reference of GovernanceMatter: the fields added here are for the gateway or check the caller's scope. */
export const partyStubReferences = keyOnlyReferences('GovernanceMatter');
