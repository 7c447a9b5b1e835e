import { OutboxEvent } from '../../platform/events/outbox-event.entity.js';
import type { SubgraphDatabase } from '../../platform/orm/subgraph-database.js';
import { PropertyCompany } from './company/property-company.entity.js';
import { ServiceContract } from './contract/service-contract.entity.js';
import { PropertyPost } from './staff/property-post.entity.js';
import { ServiceRequest } from './request/service-request.entity.js';
import { ServiceRequestStep } from './request/service-request-step.entity.js';
import { ServiceEvaluation } from './evaluation/service-evaluation.entity.js';
import { FeeCollection } from './fee/fee-collection.entity.js';
import { ServiceRequestOnBehalf } from './request/on-behalf.entity.js';
import { propertyMigrations } from '../migrations/index.js';

/** The property subgraph's own Postgres schema, its tables and its migrations. */
export const propertyDatabase: SubgraphDatabase = {
  schema: 'property',
  entities: [PropertyCompany, ServiceContract, PropertyPost, ServiceRequest, ServiceRequestStep, ServiceEvaluation, FeeCollection, OutboxEvent, ServiceRequestOnBehalf],
  migrations: propertyMigrations,
  migrationsFolder: 'subgraphs/property/migrations',
  // A request's history: every step is a new row.
  appendOnlyTables: ['service_request_step', 'service_request_on_behalf'],
};
