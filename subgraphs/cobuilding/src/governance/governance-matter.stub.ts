import { createGovernanceMatterStub } from '../../../platform/federation/governance-matter.stub.js';

/** The party subgraph's governance matter, key only: this subgraph's own class of the platform's stub. */
export const GovernanceMatterStub = createGovernanceMatterStub();
export type GovernanceMatterStub = InstanceType<typeof GovernanceMatterStub>;
