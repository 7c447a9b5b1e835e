import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { parse } from 'graphql';
import { Supergraph } from '@apollo/federation-internals';
import { composeServices as composeWithGuild } from '@theguild/federation-composition';
import { defaultRoutingUrl } from '../gateway/src/composition/compose-supergraph.js';
import { composeWithGrafbase, writeGrafbaseConfig } from '../gateway/src/composition/grafbase-config.js';
import type { SubgraphModule } from '../subgraphs/platform/federation/subgraph-module.js';
import { hostComposedSchemas, hostSubgraphModules } from './harness/graph-stack.js';

/** The supergraph must compose with every Federation 2 composer, not only the one the gateway uses. */
describe('the subgraphs compose with every Federation 2 composer', () => {
  let subgraphs: Map<string, string>;
  let modules: readonly SubgraphModule[];

  beforeAll(async () => {
    // Apollo's composition (@apollo/composition) is what composeSupergraph uses; it throws on any error. The
    // worker's host composes, from the same code, so this suite does not load every subgraph into its sandbox.
    [modules, { subgraphs }] = await Promise.all([hostSubgraphModules(), hostComposedSchemas()]);
  });

  it("Apollo's composition accepts them", () => {
    expect([...subgraphs.keys()].sort()).toEqual(modules.map((module) => module.name).sort());
  });

  it("The Guild's composition (@theguild/federation-composition) accepts them", () => {
    const result = composeWithGuild(
      modules.map((module) => ({ name: module.name, url: defaultRoutingUrl(module), typeDefs: parse(subgraphs.get(module.name)!) })),
    );
    expect(result.errors?.map((error) => error.message) ?? []).toEqual([]);
  });

  // Grafbase's copy has its descriptions stripped (grafbase-config.ts): its parser panicked on one of them.
  it("Grafbase's composer (grafbase compose) accepts them", async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'grafbase-compose-'));
    await writeGrafbaseConfig(
      folder,
      modules.map((module) => ({ name: module.name, url: defaultRoutingUrl(module), sdl: subgraphs.get(module.name)! })),
    );
    expect(await composeWithGrafbase(folder)).toEqual([]);
  });

  it('hides the facts subgraphs give each other from the API schema, fields and scalars alike', async () => {
    const api = Supergraph.build(await readFile('schema/supergraph.graphql', 'utf8')).apiSchema().toGraphQLJSSchema();
    for (const scalar of ['MatterStageFacts', 'MatterServiceCount', 'PostSummary']) expect({ scalar, type: api.getType(scalar) }).toEqual({ scalar, type: undefined });
    const fields = (type: string) => Object.keys((api.getType(type) as { getFields(): object }).getFields());
    expect(fields('GovernanceMatter').filter((field) => field.endsWith('Facts'))).toEqual([]);
    expect(fields('Person').filter((field) => field.endsWith('PostSummaries'))).toEqual([]);
    for (const area of ['District', 'Street', 'Community']) expect(fields(area).filter((field) => field.endsWith('MatterServiceCounts'))).toEqual([]);
  });
});
