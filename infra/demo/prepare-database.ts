import type { Environment } from '../../subgraphs/platform/config/environment.js';
import type { SubgraphModule } from '../../subgraphs/platform/federation/subgraph-module.js';
import { createOrm, migrate } from '../../subgraphs/platform/orm/subgraph-database.js';
import { grantRuntimePrivileges, ownerRole } from '../../subgraphs/platform/orm/database-privileges.js';
import type { DistrictPlan } from './district-plan.js';

export interface PreparedDatabase {
  /** Migrations applied now, by subgraph. */
  applied: Map<string, string[]>;
  /** Whether the demo district was loaded now (false when data was already there). */
  seeded: boolean;
}

/**
 * Applies every subgraph's migrations and then its runtime role's privileges, then loads the demo district if the
 * registry is still empty. Each subgraph writes only its own schema, through its own ORM, as its owner role
 * (`migrationUrl` gives the URL to connect with: the owner itself, or an admin that may act as it).
 */
export async function prepareDatabase(
  migrationUrl: (subgraph: string) => string,
  modules: readonly SubgraphModule<DistrictPlan>[],
  plan: DistrictPlan | null,
  env: Environment,
  progress?: (message: string) => void,
): Promise<PreparedDatabase> {
  const orms = await Promise.all(
    modules.map((module) => createOrm(migrationUrl(module.name), module.database, { poolMax: 2, role: ownerRole(module.database.schema) })),
  );
  try {
    const applied = new Map<string, string[]>();
    for (const [index, module] of modules.entries()) {
      applied.set(module.name, await migrate(orms[index], module.database));
      await grantRuntimePrivileges(orms[index], module.database);
    }
    let seeded = false;
    if (plan) {
      const registry = orms[modules.findIndex((module) => module.name === 'registry')];
      const [{ count }] = await registry.em.getConnection().execute<{ count: string }[]>('select count(*) as count from registry.district');
      if (Number(count) === 0) {
        // Side by side: each writes only its own schema, and one's statements run while another builds its rows.
        await Promise.all(
          modules.map((module, index) => {
            progress?.(`Loading ${module.name} demo data…`);
            return module.seedDemo(orms[index].em.fork(), plan, env, progress);
          }),
        );
        seeded = true;
      }
    }
    return { applied, seeded };
  } finally {
    await Promise.all(orms.map((orm) => orm.close()));
  }
}
