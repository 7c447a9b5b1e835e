import type { EntityManager } from '@mikro-orm/postgresql';
import type { Environment } from '../config/environment.js';

/**
 * Loads one subgraph's part of a demo into an empty database. The plan's shape is the demo planner's (infra/demo's
 * DistrictPlan, which every subgraph's seeders read so ids agree across subgraphs), not the platform's: the platform
 * only says when a seeder runs and with what, so it never imports infra/.
 */
export type DemoSeeder<Plan> = (em: EntityManager, plan: Plan, env: Environment, progress?: (message: string) => void) => Promise<void>;
