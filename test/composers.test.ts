import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'graphql';
import { composeServices as composeWithGuild } from '@theguild/federation-composition';
import { SUBGRAPHS } from '../subgraphs/catalog.js';
import { composeSupergraph, defaultRoutingUrl } from '../gateway/src/composition/compose-supergraph.js';
import { composeWithGrafbase, writeGrafbaseConfig } from '../gateway/src/composition/grafbase-config.js';

/** The supergraph must compose with every Federation 2 composer, not only the one the gateway uses. */
describe('the subgraphs compose with every Federation 2 composer', () => {
  let subgraphs: Map<string, string>;

  beforeAll(async () => {
    // Apollo's composition (@apollo/composition) is what composeSupergraph uses; it throws on any error.
    subgraphs = (await composeSupergraph(SUBGRAPHS)).subgraphs;
  });

  it("Apollo's composition accepts them", () => {
    expect([...subgraphs.keys()].sort()).toEqual(SUBGRAPHS.map((module) => module.name).sort());
  });

  it("The Guild's composition (@theguild/federation-composition) accepts them", () => {
    const result = composeWithGuild(
      SUBGRAPHS.map((module) => ({ name: module.name, url: defaultRoutingUrl(module), typeDefs: parse(subgraphs.get(module.name)!) })),
    );
    expect(result.errors?.map((error) => error.message) ?? []).toEqual([]);
  });

  // Skipped until the hidden facts and post summaries travel as scalars: Grafbase's composer requires @inaccessible on
  // the @external copies of fields whose type is @inaccessible, and Apollo's composition refuses exactly that.
  it.skip("Grafbase's composer (grafbase compose) accepts them", async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'grafbase-compose-'));
    await writeGrafbaseConfig(
      folder,
      SUBGRAPHS.map((module) => ({ name: module.name, url: defaultRoutingUrl(module), sdl: subgraphs.get(module.name)! })),
    );
    expect(await composeWithGrafbase(folder)).toEqual([]);
  });
});
