import { createKeyOnlyStub } from '../../../platform/federation/key-only-stub.js';
import { keyOnlyReferences } from '../../../platform/federation/key-only-reference.js';

// Key-only stubs of the registry's entities that this subgraph adds fields to. The registry owns them; a stub
// resolves to its key (the id checked) and each added field applies the caller's scope itself.

const KEY_ONLY = { resolvable: true, idDescription: 'Its id.' };

export const DistrictStub = createKeyOnlyStub('District', 'A district (区/县), owned by the registry.', KEY_ONLY);
export type DistrictStub = InstanceType<typeof DistrictStub>;

export const StreetStub = createKeyOnlyStub('Street', 'A street (街道), owned by the registry.', KEY_ONLY);
export type StreetStub = InstanceType<typeof StreetStub>;

export const CommunityStub = createKeyOnlyStub('Community', 'A community (社区), owned by the registry.', KEY_ONLY);
export type CommunityStub = InstanceType<typeof CommunityStub>;

export const NeighborhoodStub = createKeyOnlyStub('Neighborhood', 'A neighborhood (小区), owned by the registry.', KEY_ONLY);
export type NeighborhoodStub = InstanceType<typeof NeighborhoodStub>;

export const PersonStub = createKeyOnlyStub('Person', 'A person, owned by the registry (which masks their personal data per caller).', KEY_ONLY);
export type PersonStub = InstanceType<typeof PersonStub>;

/** Key-only references: the fields added here check the caller's scope, so any well-formed id resolves. */
export const registryStubReferences = keyOnlyReferences('District', 'Street', 'Community', 'Neighborhood', 'Person');
