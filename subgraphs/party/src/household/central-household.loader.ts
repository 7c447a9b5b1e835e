import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createChildrenLoader } from '../../../platform/batching/entity-loader.js';
import { CentralHousehold } from './central-household.entity.js';

/** Central households of one request, by organisation, in the order they were designated. */
export interface CentralHouseholdLoaders {
  householdsOfOrganization: DataLoader<string, CentralHousehold[]>;
}

export function createCentralHouseholdLoaders(em: EntityManager): CentralHouseholdLoaders {
  return { householdsOfOrganization: createChildrenLoader(em, CentralHousehold, 'organizationId', { designatedOn: 'asc' }) };
}
