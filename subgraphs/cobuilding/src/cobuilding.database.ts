import { OutboxEvent } from '../../platform/events/outbox-event.entity.js';
import type { SubgraphDatabase } from '../../platform/orm/subgraph-database.js';
import { JointBuildingUnit } from './unit/joint-building-unit.entity.js';
import { UnitPost } from './unit/unit-post.entity.js';
import { UnitReportIn } from './unit/unit-report-in.entity.js';
import { Pairing } from './pairing/pairing.entity.js';
import { Need } from './lists/need.entity.js';
import { Resource } from './lists/resource.entity.js';
import { CoBuildingProject } from './project/project.entity.js';
import { MicroWish } from './wish/micro-wish.entity.js';
import { MicroWishRelease } from './wish/micro-wish-release.entity.js';
import { VolunteerActivity } from './volunteer/volunteer-activity.entity.js';
import { VolunteerParticipation } from './volunteer/volunteer-participation.entity.js';
import { PointsEntry } from './points/points-entry.entity.js';
import { PointsItem } from './points/points-item.entity.js';
import { PointsRule } from './points/points-rule.entity.js';
import { cobuildingMigrations } from '../migrations/index.js';

/** The cobuilding subgraph's own Postgres schema, its tables and its migrations. */
export const cobuildingDatabase: SubgraphDatabase = {
  schema: 'cobuilding',
  entities: [JointBuildingUnit, UnitPost, UnitReportIn, Pairing, Need, Resource, CoBuildingProject, MicroWish, VolunteerActivity, VolunteerParticipation, PointsEntry, PointsItem, PointsRule, OutboxEvent, MicroWishRelease],
  migrations: cobuildingMigrations,
  migrationsFolder: 'subgraphs/cobuilding/migrations',
  appendOnlyTables: ['points_entry', 'micro_wish_release'],
};
