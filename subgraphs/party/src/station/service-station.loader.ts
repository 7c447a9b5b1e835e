import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createChildrenLoader } from '../../../platform/batching/entity-loader.js';
import { PartyServiceStation } from './service-station.entity.js';

/** Service stations of one request, by organisation, by name. */
export interface ServiceStationLoaders {
  stationsOfOrganization: DataLoader<string, PartyServiceStation[]>;
}

export function createServiceStationLoaders(em: EntityManager): ServiceStationLoaders {
  return { stationsOfOrganization: createChildrenLoader(em, PartyServiceStation, 'organizationId', { name: 'asc' }) };
}
