import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RegistryContext } from '../registry.loaders.js';
import { Person } from './person.entity.js';
import { CorrectMyPhoneInput } from './my-phone.input.js';
import { correctMyPhone } from './my-phone.service.js';

@Resolver(() => Person)
export class MyPhoneResolver {
  @Mutation(() => Person, { description: 'Corrects your own phone number (本人更正联系电话). RESIDENT, for the person their account is linked to.' })
  correctMyPhone(@Arg('input', () => CorrectMyPhoneInput, { description: 'The correct number and the version you read.' }) input: CorrectMyPhoneInput, @Ctx() ctx: RegistryContext): Promise<Person> {
    return correctMyPhone(ctx, input);
  }
}
