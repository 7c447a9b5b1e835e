import { createKeyOnlyStub } from '../../../platform/federation/key-only-stub.js';

// Key-only stubs of the owners subgraph's entities: this subgraph only points at them.

export const OwnersCommitteeStub = createKeyOnlyStub('OwnersCommittee', "An owners' committee (业主委员会), owned by the owners subgraph.", { resolvable: false });
export type OwnersCommitteeStub = InstanceType<typeof OwnersCommitteeStub>;
