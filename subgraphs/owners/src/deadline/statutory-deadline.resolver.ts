import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OwnersContext } from '../owners.loaders.js';
import { NeighborhoodStub } from '../stubs/registry.stub.js';
import { OwnersCommittee } from '../committee/owners-committee.entity.js';
import { OwnersAssembly } from '../assembly/owners-assembly.entity.js';
import { Resolution } from '../resolution/resolution.entity.js';
import { StatutoryDeadline } from './statutory-deadline.type.js';

@Resolver(() => StatutoryDeadline)
export class StatutoryDeadlineResolver {
  @FieldResolver(() => NeighborhoodStub, { description: 'The neighborhood (小区).' })
  neighborhood(@Root() deadline: StatutoryDeadline): NeighborhoodStub {
    return { id: deadline.clock.neighborhoodId };
  }

  @FieldResolver(() => OwnersCommittee, { description: 'The committee that must act (责任业委会).' })
  async committee(@Root() deadline: StatutoryDeadline, @Ctx() ctx: OwnersContext): Promise<OwnersCommittee> {
    return (await ctx.loaders.committee.load(deadline.clock.committeeId))!;
  }

  @FieldResolver(() => OwnersAssembly, { nullable: true, description: 'The assembly to be noticed, for ASSEMBLY_NOTICE (业主大会会议).' })
  async assembly(@Root() deadline: StatutoryDeadline, @Ctx() ctx: OwnersContext): Promise<OwnersAssembly | null> {
    return deadline.clock.assemblyId ? ctx.loaders.assembly.load(deadline.clock.assemblyId) : null;
  }

  @FieldResolver(() => Resolution, { nullable: true, description: 'The resolution to be published, for RESOLUTION_PUBLICATION (决议).' })
  async resolution(@Root() deadline: StatutoryDeadline, @Ctx() ctx: OwnersContext): Promise<Resolution | null> {
    return deadline.clock.resolutionId ? ctx.loaders.resolution.load(deadline.clock.resolutionId) : null;
  }
}
