import { createKeyOnlyStub } from '../../../platform/federation/key-only-stub.js';

// Key-only stubs of the property subgraph's entities: this subgraph only points at them.

export const PropertyCompanyStub = createKeyOnlyStub('PropertyCompany', 'A property company (物业企业), owned by the property subgraph.', { resolvable: false });
export type PropertyCompanyStub = InstanceType<typeof PropertyCompanyStub>;
