import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { badUserInput } from '../../../platform/errors/error-codes.js';
import { requireId } from '../../../platform/ids/id.js';
import { assertMayReadCoverage } from '../access/coverage.access.js';
import type { PartyContext } from '../party.loaders.js';
import { RegisteredPlaceLevel } from '../place/place-register.entity.js';
import { NeighborhoodStub, stubs } from '../stubs/registry.stub.js';

@Resolver()
export class PartyCoverageResolver {
  @Query(() => [NeighborhoodStub], {
    description:
      'Neighborhoods of a street or community that no neighborhood branch covers (党组织覆盖空白). Area roles (DISTRICT, STREET, COMMUNITY) of that area.',
  })
  async neighborhoodsWithoutPartyBranch(
    @Arg('areaId', () => ID, { description: 'A street or community id.' }) areaId: string,
    @Ctx() ctx: PartyContext,
  ): Promise<NeighborhoodStub[]> {
    const place = await ctx.loaders.place.load(requireId(areaId, 'areaId'));
    if (!place || (place.level !== RegisteredPlaceLevel.STREET && place.level !== RegisteredPlaceLevel.COMMUNITY)) {
      throw badUserInput(`areaId "${areaId}" is not a street or community in the party register of places.`, { field: 'areaId' });
    }
    const level = place.level === RegisteredPlaceLevel.STREET ? 'street' : 'community';
    assertMayReadCoverage(ctx.caller, { level, id: place.id, districtId: place.districtId, streetId: place.streetId });
    const rows = await ctx.em.getConnection().execute<{ id: string }[]>(
      `select place.id from party.place_register place
       where place.level = 'NEIGHBORHOOD' and place.${level}_id = ?
         and not exists (select 1 from party.organization branch where branch.kind = 'NEIGHBORHOOD_BRANCH' and place.id = any(branch.neighborhood_ids))
       order by place.id`,
      [place.id],
    );
    return stubs(rows.map((row) => row.id));
  }
}
