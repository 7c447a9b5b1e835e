import type { ReferenceResolvers } from '../../../platform/federation/build-subgraph-schema.js';
import type { PartyContext } from '../party.loaders.js';
import { loadOrganization } from './organization-lookup.js';

/** `__resolveReference` for PartyOrganization: with the same checks as the root fields. */
export const organizationReferences: ReferenceResolvers = {
  PartyOrganization: { __resolveReference: (reference: { id: string }, ctx: PartyContext) => loadOrganization(ctx, reference.id) },
};
