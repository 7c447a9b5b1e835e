import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createUniqueLoader } from '../../../platform/batching/entity-loader.js';
import { PartyReportIn } from './report-in.entity.js';

/** Report-ins of one request: a member's one report-in (双报到). */
export interface ReportInLoaders {
  reportInOfMember: DataLoader<string, PartyReportIn | null>;
}

export function createReportInLoaders(em: EntityManager): ReportInLoaders {
  return { reportInOfMember: createUniqueLoader(em, PartyReportIn, 'memberId') };
}
