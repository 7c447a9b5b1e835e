import type { ReferenceResolvers } from '../../../platform/federation/build-subgraph-schema.js';
import { placeReference } from '../place/place-lookup.js';

/** The registry's own District, resolved for other subgraphs only where the caller may read it (see placeReference). */
export const districtReferences: ReferenceResolvers = {
  District: placeReference('District', 'district'),
};
