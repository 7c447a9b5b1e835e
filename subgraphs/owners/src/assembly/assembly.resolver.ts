import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { OwnersContext } from '../owners.loaders.js';
import { loadVisibleRecord } from '../access/visible-record.js';
import { requireConveningCommittee } from '../committee/committee-convening.js';
import { ElectorateSnapshot } from '../electorate/electorate-snapshot.entity.js';
import { OwnersAssembly } from './owners-assembly.entity.js';
import { OwnersMotion } from './owners-motion.entity.js';
import { ConveneOwnersAssemblyInput } from './assembly.input.js';
import { OwnersAssemblyNotice } from './assembly-notice.entity.js';
import { readsMotionsAsOwner } from '../ballot/ballot.access.js';
import type { VotingThresholds } from '../tally/thresholds.js';
import { conveneAssembly } from './assembly-convening.service.js';

@Resolver(() => OwnersAssembly)
export class OwnersAssemblyResolver {
  constructor(private readonly jurisdictions: Map<string, VotingThresholds>) {}

  @Query(() => OwnersAssembly, { description: "An owners' assembly by id (业主大会会议). Its committee, the area offices, and owners listed in its neighborhood's electorate." })
  ownersAssembly(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() ctx: OwnersContext): Promise<OwnersAssembly> {
    return loadVisibleRecord(ctx, ctx.loaders.assembly, 'OwnersAssembly', id, { publicRecord: readsMotionsAsOwner(ctx.caller) });
  }

  @FieldResolver(() => [OwnersMotion], { description: 'The agenda, in order (议程).' })
  motions(@Root() assembly: OwnersAssembly, @Ctx() ctx: OwnersContext): Promise<OwnersMotion[]> {
    return ctx.loaders.motionsOfAssembly.load(assembly.id);
  }

  @FieldResolver(() => [OwnersAssemblyNotice], { description: 'Every notice given about it, oldest first: convening, postponements, cancellation (会议公告).' })
  notices(@Root() assembly: OwnersAssembly, @Ctx() ctx: OwnersContext): Promise<OwnersAssemblyNotice[]> {
    return ctx.loaders.noticesOfAssembly.load(assembly.id);
  }

  @FieldResolver(() => ElectorateSnapshot, { description: 'The electorate fixed when it was convened: who may vote, what tallies count against (业主名册).' })
  async electorate(@Root() assembly: OwnersAssembly, @Ctx() ctx: OwnersContext): Promise<ElectorateSnapshot> {
    return (await ctx.loaders.electorate.load(assembly.electorateId))!;
  }

  @Mutation(() => OwnersAssembly, {
    description:
      "Convenes an owners' assembly with its motions. The notice is given now (the server's time); the assembly meets at least 15 days later, " +
      'and ballots are accepted from `meetsOn` until each motion is closed. The electorate is the latest ' +
      'snapshot recorded with `recordOwnersElectorate`. The committee of the neighborhood only.',
  })
  async conveneOwnersAssembly(
    @Arg('input', () => ConveneOwnersAssemblyInput, { description: 'The assembly and its agenda.' }) input: ConveneOwnersAssemblyInput,
    @Ctx() ctx: OwnersContext,
  ): Promise<OwnersAssembly> {
    const { committee } = await requireConveningCommittee(ctx);
    return conveneAssembly(ctx, committee, input, this.jurisdictions);
  }
}
