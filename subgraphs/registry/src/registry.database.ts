import type { SubgraphDatabase } from '../../platform/orm/subgraph-database.js';
import { District } from './district/district.entity.js';
import { Street } from './street/street.entity.js';
import { Community } from './community/community.entity.js';
import { Neighborhood } from './neighborhood/neighborhood.entity.js';
import { Building } from './building/building.entity.js';
import { Unit } from './unit/unit.entity.js';
import { UnitOwnership } from './unit/unit-ownership.entity.js';
import { Person } from './person/person.entity.js';
import { PersonalDataAccess } from './audit/personal-data-access.entity.js';
import { UnitOwnershipEnded } from './unit/unit-ownership-ended.entity.js';
import { PersonPhoneChange } from './person/person-phone-change.entity.js';
import { registryMigrations } from '../migrations/index.js';

/** The registry's own Postgres schema, its tables and its migrations. */
export const registryDatabase: SubgraphDatabase = {
  schema: 'registry',
  entities: [District, Street, Community, Neighborhood, Building, Unit, UnitOwnership, Person, PersonalDataAccess, UnitOwnershipEnded, PersonPhoneChange],
  migrations: registryMigrations,
  migrationsFolder: 'subgraphs/registry/migrations',
  // The personal-data access audit and the histories of ownerships and phone numbers: appended, never changed.
  appendOnlyTables: ['personal_data_access', 'unit_ownership_ended', 'person_phone_change'],
};
