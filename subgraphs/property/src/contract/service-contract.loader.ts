import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { createChildrenLoader } from '../../../platform/batching/entity-loader.js';
import { activeOn } from './active-contract.filter.js';
import { ServiceContract } from './service-contract.entity.js';

/** The contract in force on `day` for each neighborhood, among those `inScope` lets the caller read. */
export function createActiveContractLoader(
  em: EntityManager,
  day: string,
  inScope: () => Promise<FilterQuery<ServiceContract>>,
): Pick<DataLoader<string, ServiceContract | null>, 'load'> {
  const active = createChildrenLoader<ServiceContract>(em, ServiceContract, 'neighborhoodId', { startsOn: 'desc' }, async () => ({
    $and: [activeOn(day), await inScope()],
  }));
  // At most one contract is in force per neighborhood (the database's exclusion constraint).
  return { load: async (id: string) => (await active.load(id))[0] ?? null };
}
