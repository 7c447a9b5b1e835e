import { Role } from '../../../platform/access/role.js';
import { startGraph, stop, token, byText, type CountedRow, statisticsRows, expectedStatistics, scenario, graph } from '../cobuilding-test-data.js';

beforeAll(startGraph);
afterAll(stop);

const STATISTICS = `cobuildingStatistics { pairings projectsByStatus { status count } beneficiaries wishesPosted wishesFulfilled volunteerActivities serviceHours }`;

describe('statistics by area', () => {
  it('gives the district office the figures of its whole district, streets and communities', async () => {
    const response = await graph.graphql(`{ districts { nodes { id ${STATISTICS} streets { id ${STATISTICS} communities { id ${STATISTICS} } } } } }`, {
      token: token(Role.DISTRICT),
    });
    const streets = [...graph.plan.streets].sort((a, b) => byText(a.name, b.name));
    const rows = await statisticsRows();
    const expectedStatisticsOf = (keep: (row: CountedRow) => boolean) => expectedStatistics(rows, keep);
    expect(response.body).toEqual({
      data: {
        districts: {
          nodes: [
            {
              id: graph.plan.district.id,
              cobuildingStatistics: expectedStatisticsOf((row) => row.districtId === graph.plan.district.id),
              streets: streets.map((street) => ({
                id: street.id,
                cobuildingStatistics: expectedStatisticsOf((row) => row.streetId === street.id),
                communities: graph.plan.communities
                  .filter((c) => c.streetId === street.id)
                  .sort((a, b) => byText(a.name, b.name))
                  .map((c) => ({ id: c.id, cobuildingStatistics: expectedStatisticsOf((row) => row.communityId === c.id) })),
              })),
            },
          ],
        },
      },
    });
  });

  it('counts for a joint unit only what it may read: its paired community and its own rows', async () => {
    const response = await graph.graphql(`query($id: ID!) { district(id: $id) { ${STATISTICS} } }`, {
      token: token(Role.JOINT_UNIT),
      variables: { id: graph.plan.district.id },
    });
    const unitId = scenario.jointUnit.id;
    const mine = (row: CountedRow) => row.communityId === scenario.community.id || row.unitId === unitId || row.claimantUnitId === unitId;
    expect(response.body).toEqual({ data: { district: { cobuildingStatistics: expectedStatistics(await statisticsRows(), mine) } } });
  });
});

