import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Caller } from '../../platform/access/caller.js';
import { createChildrenLoader, createEntityLoader } from '../../platform/batching/entity-loader.js';
import { plainPrototype } from '../../platform/batching/plain-rows.js';
import type { RequestContext } from '../../platform/context/request-context.js';
import { cobuildingScope, scopeFilter, TABLES, type CobuildingScope } from './access/cobuilding-scope.js';
import { JointBuildingUnit } from './unit/joint-building-unit.entity.js';
import { UnitPost } from './unit/unit-post.entity.js';
import { UnitReportIn } from './unit/unit-report-in.entity.js';
import { Pairing } from './pairing/pairing.entity.js';
import { Need } from './lists/need.entity.js';
import { Resource } from './lists/resource.entity.js';
import { CoBuildingProject } from './project/project.entity.js';
import { MicroWish } from './wish/micro-wish.entity.js';
import { MicroWishRelease } from './wish/micro-wish-release.entity.js';
import { VolunteerParticipation } from './volunteer/volunteer-participation.entity.js';
import type { MatterStageCounts } from '../../platform/governance/matter-stage-facts.js';
import { createAreaMatterFactsLoader, createMatterFactsLoader } from './governance/matter-facts.loader.js';
import type { MatterServiceCount } from '../../platform/governance/matter-service-count.js';
import { createPointsStatisticsLoader } from './points/points-statistics.loader.js';
import type { PointsStatistics } from './points/points-statistics.type.js';
import type { CobuildingPeriodInput } from './statistics/statistics-period.input.js';
import { createAreaStatisticsLoaders, type AreaLevel, type CobuildingAreaStatistics } from './statistics/statistics.loader.js';

/** Everything the cobuilding subgraph loads per request, batched: one statement per kind and tick. */
export interface CobuildingLoaders {
  /** What the caller may read in each table, computed once per request. */
  scope: CobuildingScope;
  /** The scope of a table as a where-clause. */
  visible<T>(table: keyof typeof TABLES): FilterQuery<T>;
  unit: DataLoader<string, JointBuildingUnit | null>;
  resource: DataLoader<string, Resource | null>;
  need: DataLoader<string, Need | null>;
  project: DataLoader<string, CoBuildingProject | null>;
  wish: DataLoader<string, MicroWish | null>;
  pairing: DataLoader<string, Pairing | null>;
  pairingsOfCommunity: DataLoader<string, Pairing[]>;
  pairingsOfNeighborhood: DataLoader<string, Pairing[]>;
  pairingsOfUnit: DataLoader<string, Pairing[]>;
  reportInsOfUnit: DataLoader<string, UnitReportIn[]>;
  resourcesOfUnit: DataLoader<string, Resource[]>;
  postsOfPerson: DataLoader<string, UnitPost[]>;
  projectsOfNeighborhood: DataLoader<string, CoBuildingProject[]>;
  /** Projects serving a governance matter that the caller may read. */
  projectsOfMatter: DataLoader<string, CoBuildingProject[]>;
  /** A governance matter's facts over all its projects, whoever asks (the field is @inaccessible). */
  matterFacts: DataLoader<string, MatterStageCounts>;
  /** The facts of every matter with projects in an area, by area level, whoever asks (the field is @inaccessible). */
  matterFactsOfArea: Record<'community_id' | 'street_id' | 'district_id', DataLoader<string, MatterServiceCount[]>>;
  wishesOfNeighborhood: DataLoader<string, MicroWish[]>;
  /** Claims given back, per wish (the field checks the wish's scope). */
  releasesOfWish: DataLoader<string, MicroWishRelease[]>;
  participantsOfActivity: DataLoader<string, VolunteerParticipation[]>;
  statistics: Record<AreaLevel, DataLoader<string, CobuildingAreaStatistics>>;
  /** The same figures for a period (one loader per level and period per request); all time without one. */
  statisticsFor(level: AreaLevel, period: CobuildingPeriodInput | undefined): DataLoader<string, CobuildingAreaStatistics>;
  /** Points ledger figures (积分统计). */
  pointsStatistics: Record<AreaLevel, DataLoader<string, PointsStatistics>>;
}

export type CobuildingContext = RequestContext<CobuildingLoaders>;

export function createCobuildingLoaders(em: EntityManager, caller: Caller): CobuildingLoaders {
  const scope = cobuildingScope(caller);
  const visible = <T>(table: keyof typeof TABLES) => scopeFilter(scope[table]) as FilterQuery<T>;
  const scoped = <T>(table: keyof typeof TABLES) => async () => visible<T>(table);
  const { statistics, statisticsFor } = createAreaStatisticsLoaders(em, scope);
  return {
    scope,
    visible,
    unit: createEntityLoader(em, JointBuildingUnit),
    resource: createEntityLoader(em, Resource),
    need: createEntityLoader(em, Need),
    project: createEntityLoader(em, CoBuildingProject),
    wish: createEntityLoader(em, MicroWish),
    pairing: createEntityLoader(em, Pairing),
    pairingsOfCommunity: createChildrenLoader(em, Pairing, 'communityId', { startsOn: 'asc', createdAt: 'asc', id: 'asc' }, scoped('pairing')),
    pairingsOfNeighborhood: createChildrenLoader(em, Pairing, 'neighborhoodId', { startsOn: 'asc', createdAt: 'asc', id: 'asc' }, scoped('pairing')),
    pairingsOfUnit: createChildrenLoader(em, Pairing, 'unitId', { startsOn: 'asc', createdAt: 'asc', id: 'asc' }, scoped('pairing')),
    reportInsOfUnit: createChildrenLoader(em, UnitReportIn, 'unitId', { year: 'asc', communityId: 'asc' }, scoped('reportIn')),
    resourcesOfUnit: createChildrenLoader(em, Resource, 'unitId', { title: 'asc', id: 'asc' }),
    // Plain rows: a person's posts are only read (Person.unitPosts and the post summaries).
    postsOfPerson: createChildrenLoader(em, UnitPost, 'personId', { since: 'asc', id: 'asc' }, scoped('unitPost'), plainPrototype(UnitPost)),
    projectsOfNeighborhood: createChildrenLoader(em, CoBuildingProject, 'neighborhoodId', { createdAt: 'asc', id: 'asc' }, scoped('project')),
    projectsOfMatter: createChildrenLoader(em, CoBuildingProject, 'governanceMatterId', { createdAt: 'asc', id: 'asc' }, scoped('project')),
    matterFacts: createMatterFactsLoader(em),
    matterFactsOfArea: {
      community_id: createAreaMatterFactsLoader(em, 'community_id'),
      street_id: createAreaMatterFactsLoader(em, 'street_id'),
      district_id: createAreaMatterFactsLoader(em, 'district_id'),
    },
    wishesOfNeighborhood: createChildrenLoader(em, MicroWish, 'neighborhoodId', { createdAt: 'asc', id: 'asc' }, scoped('wish')),
    releasesOfWish: createChildrenLoader(em, MicroWishRelease, 'wishId', { releasedAt: 'asc', id: 'asc' }),
    participantsOfActivity: createChildrenLoader(em, VolunteerParticipation, 'activityId', { personId: 'asc' }),
    statistics,
    statisticsFor,
    pointsStatistics: {
      district: createPointsStatisticsLoader(em, 'district'),
      street: createPointsStatisticsLoader(em, 'street'),
      community: createPointsStatisticsLoader(em, 'community'),
    },
  };
}

