import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { CommunityStub } from '../stubs/registry.stub.js';
import { JointBuildingUnit } from './joint-building-unit.entity.js';
import { UnitReportIn } from './unit-report-in.entity.js';

@Resolver(() => UnitReportIn)
export class UnitReportInResolver {
  @FieldResolver(() => JointBuildingUnit, { description: 'The unit reporting.' })
  async unit(@Root() reportIn: UnitReportIn, @Ctx() ctx: CobuildingContext): Promise<JointBuildingUnit> {
    return (await ctx.loaders.unit.load(reportIn.unitId))!;
  }

  @FieldResolver(() => CommunityStub, { description: 'The community reported to.' })
  community(@Root() reportIn: UnitReportIn): CommunityStub {
    return { id: reportIn.communityId };
  }
}
