import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { forbidden } from '../../../platform/errors/error-codes.js';
import type { OwnersContext } from '../owners.loaders.js';
import { NeighborhoodStub } from '../stubs/registry.stub.js';
import { readsElectorates } from '../access/electorate-access.js';
import { inScope } from '../access/owners-scope.js';
import { ElectorateSnapshot } from './electorate-snapshot.entity.js';
import { electorateInForceLoader } from './electorate.loader.js';
import { RecordOwnersElectorateInput } from './electorate.input.js';
import { recordElectorate } from './electorate.service.js';

@Resolver(() => NeighborhoodStub)
export class ElectorateResolver {
  @FieldResolver(() => ElectorateSnapshot, {
    nullable: true,
    description:
      "The neighborhood's electorate in force (业主名册): the snapshot `recordOwnersElectorate` recorded last, which the next assembly is convened " +
      'with; null before any is recorded. Reading records nothing. Its owners\' committee and the area offices within their area.',
  })
  async ownersElectorate(@Root() neighborhood: NeighborhoodStub, @Ctx() ctx: OwnersContext): Promise<ElectorateSnapshot | null> {
    if (!readsElectorates(ctx.caller)) throw forbidden("Only the neighborhood's owners' committee and the area offices read its electorate.");
    const snapshot = await electorateInForceLoader(ctx.em).load(neighborhood.id);
    return snapshot && inScope(await ctx.loaders.scope(), snapshot) ? snapshot : null;
  }

  @Mutation(() => ElectorateSnapshot, {
    description:
      "Records the neighborhood's electorate (登记业主名册) from the registry's signed roster (`Neighborhood.signedOwnersRoster`, read within ten minutes): " +
      'the roster is checked (signed by the registry, for this neighborhood, fresh) and stored as a snapshot (once per distinct roster); the next ' +
      "assembly is convened with it. Its owners' committee in office, or the street office of its street. A retry with the same idempotencyKey returns the first answer.",
  })
  recordOwnersElectorate(
    @Arg('input', () => RecordOwnersElectorateInput, { description: 'The neighborhood and its signed roster.' }) input: RecordOwnersElectorateInput,
    @Ctx() ctx: OwnersContext,
  ): Promise<ElectorateSnapshot> {
    return recordElectorate(ctx, input);
  }
}
