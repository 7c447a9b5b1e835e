import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Caller } from '../../platform/access/caller.js';
import { createChildrenLoader, createEntityLoader } from '../../platform/batching/entity-loader.js';
import { plainPrototype } from '../../platform/batching/plain-rows.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { scopeWhere, type PropertyScope } from './access/property-scope.js';
import { createScopeLoader } from './access/property-scope.loader.js';
import { createActiveContractLoader } from './contract/service-contract.loader.js';
import { visibleRequestsWhere } from './request/request.access.js';
import { today } from './contract/contract-period.js';
import { PropertyCompany } from './company/property-company.entity.js';
import { ServiceContract } from './contract/service-contract.entity.js';
import { PropertyPost } from './staff/property-post.entity.js';
import { ServiceRequest } from './request/service-request.entity.js';
import { ServiceRequestStep } from './request/service-request-step.entity.js';
import { ServiceRequestOnBehalf } from './request/on-behalf.entity.js';
import { ServiceEvaluation } from './evaluation/service-evaluation.entity.js';
import { FeeCollection } from './fee/fee-collection.entity.js';
import { createPeriodRequestCountsLoader } from './statistics/period-statistics.loader.js';
import { createRequestPageLoader, type RequestPageKey } from './request/request-page.loader.js';
import type { Page } from '../../platform/pagination/connection.js';
import type { MatterStageCounts } from '../../platform/governance/matter-stage-facts.js';
import { createAreaMatterFactsLoader, createMatterFactsLoader, createRecusalLoader, type RecusalKey } from './governance/governance.loader.js';
import type { MatterServiceCount } from '../../platform/governance/matter-service-count.js';
import type { RecusalFlag } from './governance/governance.rules.js';
import {
  byGroupColumn,
  createContractCountsLoader,
  createFeeSumsLoader,
  createRequestCountsLoader,
  type ContractCounts,
  type FeeSums,
  type GroupColumn,
  type RequestCounts,
} from './statistics/statistics.loader.js';

/** Everything the property subgraph loads per request, batched: one statement per kind and tick. */
export interface PropertyLoaders {
  /** The day contracts are judged active on (China Standard Time), fixed for the request. */
  day: string;
  /** What the caller may read, resolved once per request (one statement for a company, none otherwise). */
  scope(): Promise<PropertyScope>;
  /** Where-clause of requests the caller may read: in scope, or (for a resident) their own. */
  visibleRequests(): Promise<FilterQuery<ServiceRequest>>;
  company: DataLoader<string, PropertyCompany | null>;
  contract: DataLoader<string, ServiceContract | null>;
  request: DataLoader<string, ServiceRequest | null>;
  evaluation: DataLoader<string, ServiceEvaluation | null>;
  post: DataLoader<string, PropertyPost | null>;
  /** The contract in force today for each neighborhood, if the caller may read it. */
  activeContractOfNeighborhood: Pick<DataLoader<string, ServiceContract | null>, 'load'>;
  contractsOfCompany: DataLoader<string, ServiceContract[]>;
  /** A person's or a contract's posts, as plain rows (read-only lists: no identity map). */
  postsOfPerson: DataLoader<string, PropertyPost[]>;
  postsOfContract: DataLoader<string, PropertyPost[]>;
  stepsOfRequest: DataLoader<string, ServiceRequestStep[]>;
  /** How a head entered a request on a resident's behalf (代办), by request id: none or one. */
  onBehalfOfRequest: DataLoader<string, ServiceRequestOnBehalf[]>;
  evaluationsOfContract: DataLoader<string, ServiceEvaluation[]>;
  evaluationsOfCompany: DataLoader<string, ServiceEvaluation[]>;
  feesOfContract: DataLoader<string, FeeCollection[]>;
  requestPage: DataLoader<RequestPageKey, Page<ServiceRequest>, string>;
  requestCounts: Record<GroupColumn, DataLoader<string, RequestCounts>>;
  /** Keyed `${id}|${from}|${before}`: figures of a period (see period-statistics.loader.ts). */
  periodRequestCounts: Record<GroupColumn, DataLoader<string, RequestCounts>>;
  contractCounts: Record<GroupColumn, DataLoader<string, ContractCounts>>;
  /** Keyed `${id}|${year}`. */
  feeSums: Record<GroupColumn, DataLoader<string, FeeSums>>;
  /** A governance matter's service facts, over all its requests (for the gateway only). */
  factsOfMatter: DataLoader<string, MatterStageCounts>;
  /** The service facts of every matter with requests in an area, by area level (for the gateway only). */
  matterFactsOfArea: Record<'community_id' | 'street_id' | 'district_id', DataLoader<string, MatterServiceCount[]>>;
  /** A governance matter's requests the caller may read, oldest first. */
  requestsOfMatter: DataLoader<string, ServiceRequest[]>;
  /** Recusal flags (回避) of motions and meetings. */
  recusals: DataLoader<RecusalKey, RecusalFlag[], string>;
}

export type PropertyContext = RequestContext<PropertyLoaders>;

const POST_ROW = plainPrototype(PropertyPost, ['path']);

export function createPropertyLoaders(em: EntityManager, caller: Caller): PropertyLoaders {
  const day = today();
  const scoped = createScopeLoader(em, caller, day);
  const inScope = async <T>(): Promise<FilterQuery<T>> => scopeWhere<T>(await scoped());
  const loaders: PropertyLoaders = {
    day,
    scope: scoped,
    visibleRequests: async () => visibleRequestsWhere(await scoped()),
    company: createEntityLoader(em, PropertyCompany),
    contract: createEntityLoader(em, ServiceContract),
    request: createEntityLoader(em, ServiceRequest),
    evaluation: createEntityLoader(em, ServiceEvaluation),
    post: createEntityLoader(em, PropertyPost),
    activeContractOfNeighborhood: createActiveContractLoader(em, day, inScope),
    contractsOfCompany: createChildrenLoader<ServiceContract>(em, ServiceContract, 'companyId', { startsOn: 'desc' }, inScope),
    postsOfPerson: createChildrenLoader<PropertyPost>(em, PropertyPost, 'personId', { startsOn: 'desc' }, inScope, POST_ROW),
    postsOfContract: createChildrenLoader<PropertyPost>(em, PropertyPost, 'contractId', { startsOn: 'desc' }, inScope, POST_ROW),
    stepsOfRequest: createChildrenLoader(em, ServiceRequestStep, 'requestId', { at: 'asc' }),
    onBehalfOfRequest: createChildrenLoader(em, ServiceRequestOnBehalf, 'requestId', { enteredAt: 'asc' }),
    evaluationsOfContract: createChildrenLoader<ServiceEvaluation>(em, ServiceEvaluation, 'contractId', { year: 'desc' }, inScope),
    evaluationsOfCompany: createChildrenLoader<ServiceEvaluation>(em, ServiceEvaluation, 'companyId', { year: 'desc' }, inScope),
    feesOfContract: createChildrenLoader<FeeCollection>(em, FeeCollection, 'contractId', { year: 'desc' }, inScope),
    requestPage: createRequestPageLoader(em, scoped),
    requestCounts: byGroupColumn((column) => createRequestCountsLoader(em, scoped, column)),
    periodRequestCounts: byGroupColumn((column) => createPeriodRequestCountsLoader(em, scoped, column)),
    contractCounts: byGroupColumn((column) => createContractCountsLoader(em, scoped, column, day)),
    feeSums: byGroupColumn((column) => createFeeSumsLoader(em, scoped, column)),
    factsOfMatter: createMatterFactsLoader(em),
    matterFactsOfArea: {
      community_id: createAreaMatterFactsLoader(em, 'community_id'),
      street_id: createAreaMatterFactsLoader(em, 'street_id'),
      district_id: createAreaMatterFactsLoader(em, 'district_id'),
    },
    requestsOfMatter: undefined as never,
    recusals: createRecusalLoader(em, day),
  };
  loaders.requestsOfMatter = createChildrenLoader<ServiceRequest>(em, ServiceRequest, 'governanceMatterId', { submittedAt: 'asc' }, loaders.visibleRequests);
  return loaders;
}
