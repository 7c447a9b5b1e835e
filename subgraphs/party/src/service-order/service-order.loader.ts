import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createChildrenLoader, createEntityLoader } from '../../../platform/batching/entity-loader.js';
import type { AreaLevel } from '../statistics/party-statistics.js';
import { ServiceOrder } from './service-order.entity.js';
import { ResponsibilityZone } from './responsibility-zone.entity.js';
import { loadServiceOrderStatistics, type ServiceOrderStatistics } from './service-order-statistics.js';

/** The service-order and responsibility-zone loaders of one request. */
export interface ServiceOrderLoaders {
  order: DataLoader<string, ServiceOrder | null>;
  zone: DataLoader<string, ResponsibilityZone | null>;
  zonesOfMember: DataLoader<string, ResponsibilityZone[]>;
  zonesOfBranch: DataLoader<string, ResponsibilityZone[]>;
  statistics: Record<AreaLevel, DataLoader<string, ServiceOrderStatistics>>;
}

export function createServiceOrderLoaders(em: EntityManager): ServiceOrderLoaders {
  return {
    order: createEntityLoader(em, ServiceOrder),
    zone: createEntityLoader(em, ResponsibilityZone),
    zonesOfMember: createChildrenLoader(em, ResponsibilityZone, 'memberId', { startedOn: 'desc' }),
    zonesOfBranch: createChildrenLoader(em, ResponsibilityZone, 'branchId', { startedOn: 'desc' }),
    statistics: {
      district: new DataLoader((ids) => loadServiceOrderStatistics(em, 'district', ids)),
      street: new DataLoader((ids) => loadServiceOrderStatistics(em, 'street', ids)),
      community: new DataLoader((ids) => loadServiceOrderStatistics(em, 'community', ids)),
    },
  };
}
