import { createGovernanceMatterStub } from '../../../platform/federation/governance-matter.stub.js';
import { keyOnlyReferences } from '../../../platform/federation/key-only-reference.js';

/** The party subgraph's governance matter, key only: this subgraph's own class of the platform's stub. */
export const GovernanceMatterStub = createGovernanceMatterStub();
export type GovernanceMatterStub = InstanceType<typeof GovernanceMatterStub>;

/** The governance matter resolves to its key (id checked); the facts added here check access themselves. */
export const partyReferences = keyOnlyReferences('GovernanceMatter');
