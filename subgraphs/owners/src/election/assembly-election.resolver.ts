import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OwnersContext } from '../owners.loaders.js';
import { OwnersAssembly } from '../assembly/owners-assembly.entity.js';
import { OwnersElection } from './owners-election.entity.js';

@Resolver(() => OwnersAssembly)
export class AssemblyElectionResolver {
  @FieldResolver(() => OwnersElection, { nullable: true, description: 'The committee election held at this assembly (业委会选举), if any: its candidates and, once decided, the committee elected.' })
  async election(@Root() assembly: OwnersAssembly, @Ctx() ctx: OwnersContext): Promise<OwnersElection | null> {
    return (await ctx.loaders.electionsOfAssembly.load(assembly.id))[0] ?? null;
  }
}
