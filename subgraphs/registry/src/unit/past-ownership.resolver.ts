import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RegistryContext } from '../registry.loaders.js';
import { Person } from '../person/person.entity.js';
import { UnitOwnershipEnded } from './unit-ownership-ended.entity.js';

@Resolver(() => UnitOwnershipEnded)
export class PastOwnershipResolver {
  @FieldResolver(() => Person, { description: 'Who owned the unit (原产权人); masked by the usual rules for people.' })
  async person(@Root() ownership: UnitOwnershipEnded, @Ctx() ctx: RegistryContext): Promise<Person> {
    return (await ctx.loaders.person.load(ownership.personId))!;
  }
}
