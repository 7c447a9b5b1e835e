import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CobuildingContext } from '../cobuilding.loaders.js';
import { PersonStub } from '../stubs/registry.stub.js';
import { JointBuildingUnit } from '../unit/joint-building-unit.entity.js';
import { MicroWishRelease } from './micro-wish-release.entity.js';

@Resolver(() => MicroWishRelease)
export class MicroWishReleaseResolver {
  @FieldResolver(() => PersonStub, { nullable: true, description: 'The person who had claimed it, if a person did (原认领人).' })
  claimantPerson(@Root() release: MicroWishRelease): PersonStub | null {
    return release.releasedByPersonId ? { id: release.releasedByPersonId } : null;
  }

  @FieldResolver(() => JointBuildingUnit, { nullable: true, description: 'The unit that had claimed it, if a unit did (原认领单位).' })
  claimantUnit(@Root() release: MicroWishRelease, @Ctx() ctx: CobuildingContext): Promise<JointBuildingUnit | null> | null {
    return release.releasedByUnitId ? ctx.loaders.unit.load(release.releasedByUnitId) : null;
  }
}
