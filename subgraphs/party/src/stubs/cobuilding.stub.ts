import { createKeyOnlyStub } from '../../../platform/federation/key-only-stub.js';

// Key-only stubs of the cobuilding subgraph's entities: this subgraph only points at them.

export const JointBuildingUnitStub = createKeyOnlyStub('JointBuildingUnit', 'A joint-building unit (共驻共建单位), owned by the cobuilding subgraph.', { resolvable: false });
export type JointBuildingUnitStub = InstanceType<typeof JointBuildingUnitStub>;
