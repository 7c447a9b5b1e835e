import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '../../platform/access/caller.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { createPlaceRegisterLoaders, type PlaceRegisterLoaders } from './place/place-register.loader.js';
import { createOrganizationLoaders, type OrganizationLoaders } from './organization/organization.loader.js';
import { createMemberLoaders, type MemberLoaders } from './member/member.loader.js';
import { createPostLoaders, type PostLoaders } from './post/post.loader.js';
import { createCentralHouseholdLoaders, type CentralHouseholdLoaders } from './household/central-household.loader.js';
import { createReportInLoaders, type ReportInLoaders } from './report-in/report-in.loader.js';
import { createStarRatingLoaders, type StarRatingLoaders } from './rating/star-rating.loader.js';
import { createServiceStationLoaders, type ServiceStationLoaders } from './station/service-station.loader.js';
import { createGovernanceLoaders, type GovernanceLoaders } from './governance/governance.loader.js';
import { createPartyStatisticsLoaders, type PartyStatisticsLoaders } from './statistics/party-statistics.loader.js';
import { createHeadLoaders, type HeadLoaders } from './heads/neighborhood-head.loader.js';
import { createEscalationLoaders, type EscalationLoaders } from './escalation/escalation.loader.js';
import { createServiceOrderLoaders, type ServiceOrderLoaders } from './service-order/service-order.loader.js';

/** Everything the party subgraph loads per request, batched: one statement per kind and tick. */
export type PartyLoaders = PlaceRegisterLoaders &
  OrganizationLoaders &
  MemberLoaders &
  PostLoaders &
  CentralHouseholdLoaders &
  ReportInLoaders &
  StarRatingLoaders &
  ServiceStationLoaders &
  GovernanceLoaders &
  PartyStatisticsLoaders & {
    /** 三长 appointments and their figures. */
    heads: HeadLoaders;
    /** Escalations up the ladder and their figures. */
    escalations: EscalationLoaders;
    /** Service orders (点单派单接单) and responsibility zones. */
    serviceOrders: ServiceOrderLoaders;
  };

export type PartyContext = RequestContext<PartyLoaders>;

/** The loaders of one request, assembled from each feature's own. */
export function createPartyLoaders(em: EntityManager, caller: Caller): PartyLoaders {
  return {
    ...createPlaceRegisterLoaders(em),
    ...createOrganizationLoaders(em, caller),
    ...createMemberLoaders(em),
    ...createPostLoaders(em),
    ...createCentralHouseholdLoaders(em),
    ...createReportInLoaders(em),
    ...createStarRatingLoaders(em),
    ...createServiceStationLoaders(em),
    ...createGovernanceLoaders(em),
    ...createPartyStatisticsLoaders(em),
    heads: createHeadLoaders(em),
    escalations: createEscalationLoaders(em),
    serviceOrders: createServiceOrderLoaders(em),
  };
}
