import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PropertyContext } from '../property.loaders.js';
import { PersonStub } from '../stubs/registry.stub.js';
import { PropertyCompany } from '../company/property-company.entity.js';
import { Recusal } from './recusal.type.js';

@Resolver(() => Recusal)
export class RecusalResolver {
  @FieldResolver(() => PersonStub, { description: 'Who should recuse (回避人).' })
  person(@Root() recusal: Recusal): PersonStub {
    return { id: recusal.personId };
  }

  @FieldResolver(() => PropertyCompany, { description: 'The company concerned in which they hold the post (所涉物业企业).' })
  async company(@Root() recusal: Recusal, @Ctx() ctx: PropertyContext): Promise<PropertyCompany> {
    return (await ctx.loaders.company.load(recusal.companyId))!;
  }
}
