import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createChildrenLoader, createEntityLoader } from '../../../platform/batching/entity-loader.js';
import type { AreaLevel } from '../statistics/party-statistics.js';
import { Escalation } from './escalation.entity.js';
import { EscalationCall } from './escalation-call.entity.js';
import { loadEscalationStatistics, type EscalationStatistics } from './escalation-statistics.js';

/** The escalation loaders of one request. */
export interface EscalationLoaders {
  escalation: DataLoader<string, Escalation | null>;
  escalationsOfNeighborhood: DataLoader<string, Escalation[]>;
  callsOfEscalation: DataLoader<string, EscalationCall[]>;
  statistics: Record<AreaLevel, DataLoader<string, EscalationStatistics>>;
}

export function createEscalationLoaders(em: EntityManager): EscalationLoaders {
  return {
    escalation: createEntityLoader(em, Escalation),
    escalationsOfNeighborhood: createChildrenLoader(em, Escalation, 'neighborhoodId', { createdAt: 'desc' }),
    callsOfEscalation: createChildrenLoader(em, EscalationCall, 'escalationId', { calledAt: 'asc' }),
    statistics: {
      district: new DataLoader((ids) => loadEscalationStatistics(em, 'district', ids)),
      street: new DataLoader((ids) => loadEscalationStatistics(em, 'street', ids)),
      community: new DataLoader((ids) => loadEscalationStatistics(em, 'community', ids)),
    },
  };
}
