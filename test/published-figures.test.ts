import { Role } from '../subgraphs/platform/access/role.js';
import { LIANGSHAN_PUBLISHED } from '../infra/demo/profiles.js';
import { PUBLISHED } from '../infra/demo/published-figures.js';
import { PUBLISHED_DASHBOARD, publishedView, type PublishedDashboardData } from '../infra/demo/published-dashboard.js';
import { startGraph, type GraphStack } from './harness/graph-stack.js';

/**
 * `npm start`'s 梁山县 reproduces the county's published figures (DOMAIN.md §5): the district dashboard, asked through
 * the gateway as the district office, shows each of them. Expected values are the published numbers
 * (infra/demo/published-figures.ts, written once from DOMAIN.md), never the generator's plan. 江汉区 takes too long
 * to seed for every run: `npm run bench:published` checks it the same way (bench/check-published-figures.ts).
 */

let graph: GraphStack;
beforeAll(async () => {
  const started = Date.now();
  graph = await startGraph({ profile: LIANGSHAN_PUBLISHED });
  console.log(`Published 梁山县 seeded and the graph started in ${((Date.now() - started) / 1000).toFixed(1)}s (${graph.plan.neighborhoods.length} neighborhoods, ${graph.plan.units.length} units).`);
}, 600_000);
afterAll(() => graph?.stop());

async function dashboard(token: string | undefined) {
  return graph.graphql<PublishedDashboardData>(PUBLISHED_DASHBOARD, { token, variables: { district: graph.plan.district.id } });
}

describe('the published 梁山县', () => {
  it("shows the county's published figures on the district dashboard", async () => {
    const response = await dashboard(graph.tokens.get(Role.DISTRICT));
    expect(response.body.errors).toBeUndefined();
    expect(response.status).toBe(200);
    expect(publishedView('liangshan', response.body.data!)).toEqual({
      streets: PUBLISHED.liangshan.streets,
      communities: PUBLISHED.liangshan.communities,
      neighborhoodBranches: PUBLISHED.liangshan.neighborhoodBranches,
      buildingHeads: PUBLISHED.liangshan.buildingHeads,
      centralHouseholds: PUBLISHED.liangshan.centralHouseholds,
      serviceStations: PUBLISHED.liangshan.serviceStations,
      microWishes: PUBLISHED.liangshan.microWishes,
      requestSatisfactionPercent: PUBLISHED.liangshan.requestSatisfactionPercent,
    });
    expect(response.body.data!.district!.name).toBe('梁山县');
  });

  it('gives the figures of its streets and communities that add up to the district', async () => {
    const query = `query($district: ID!) { district(id: $district) {
      partyStatistics { neighborhoodBranches centralHouseholds serviceStations }
      headStatistics { buildingHeads }
      cobuildingStatistics { wishesPosted }
      streets {
        partyStatistics { neighborhoodBranches centralHouseholds serviceStations }
        headStatistics { buildingHeads }
        cobuildingStatistics { wishesPosted }
        communities {
          partyStatistics { neighborhoodBranches centralHouseholds serviceStations }
          headStatistics { buildingHeads }
          cobuildingStatistics { wishesPosted } } } } }`;
    type Figures = { partyStatistics: { neighborhoodBranches: number; centralHouseholds: number; serviceStations: number }; headStatistics: { buildingHeads: number }; cobuildingStatistics: { wishesPosted: number } };
    const response = await graph.graphql<{ district: Figures & { streets: (Figures & { communities: Figures[] })[] } }>(query, {
      token: graph.tokens.get(Role.DISTRICT),
      variables: { district: graph.plan.district.id },
    });
    expect(response.body.errors).toBeUndefined();
    const flat = (figures: Figures) => ({ ...figures.partyStatistics, ...figures.headStatistics, ...figures.cobuildingStatistics });
    const sum = (rows: Figures[]) =>
      rows.map(flat).reduce((total, row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, (total[key as keyof typeof total] ?? 0) + value])) as ReturnType<typeof flat>);
    const { district } = response.body.data!;
    const published = {
      neighborhoodBranches: PUBLISHED.liangshan.neighborhoodBranches,
      centralHouseholds: PUBLISHED.liangshan.centralHouseholds,
      serviceStations: PUBLISHED.liangshan.serviceStations,
      buildingHeads: PUBLISHED.liangshan.buildingHeads,
      wishesPosted: PUBLISHED.liangshan.microWishes,
    };
    expect(flat(district)).toEqual(published);
    expect(sum(district.streets)).toEqual(published);
    expect(sum(district.streets.flatMap((street) => street.communities))).toEqual(published);
    for (const street of district.streets) expect(sum(street.communities)).toEqual(flat(street));
  });
});
