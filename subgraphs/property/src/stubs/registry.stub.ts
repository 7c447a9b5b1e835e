import { createKeyOnlyStub } from '../../../platform/federation/key-only-stub.js';
import { keyOnlyReferences } from '../../../platform/federation/key-only-reference.js';

// Key-only stubs of the registry's entities that this subgraph adds fields to. Neighborhood's reference checks the
// caller (place/place.reference.ts); the others resolve to their key, and each added field applies the caller's scope.

const IN_REGISTRY = { resolvable: true, idDescription: 'Its id in the registry.' };

/** The registry's neighborhood, extended here with its property contract, company and requests. */
export const NeighborhoodStub = createKeyOnlyStub('Neighborhood', 'A residential neighborhood (小区), owned by the registry.', IN_REGISTRY);
export type NeighborhoodStub = InstanceType<typeof NeighborhoodStub>;

/** The registry's person, extended here with their property posts. */
export const PersonStub = createKeyOnlyStub('Person', 'A person (人员), owned by the registry.', IN_REGISTRY);
export type PersonStub = InstanceType<typeof PersonStub>;

export const DistrictStub = createKeyOnlyStub('District', 'A district (区/县), owned by the registry.', IN_REGISTRY);
export type DistrictStub = InstanceType<typeof DistrictStub>;

export const StreetStub = createKeyOnlyStub('Street', 'A street (街道), owned by the registry.', IN_REGISTRY);
export type StreetStub = InstanceType<typeof StreetStub>;

export const CommunityStub = createKeyOnlyStub('Community', 'A community (社区), owned by the registry.', IN_REGISTRY);
export type CommunityStub = InstanceType<typeof CommunityStub>;

/** `__resolveReference` for Person, District, Street and Community: the fields added here filter by scope. */
export const registryStubReferences = keyOnlyReferences('Person', 'District', 'Street', 'Community');
