import { FieldResolver, Resolver, Root } from 'type-graphql';
import { PersonStub } from '../stubs/registry.stub.js';
import { PreparatoryGroupMember } from './preparatory-group-member.entity.js';

@Resolver(() => PreparatoryGroupMember)
export class PreparatoryGroupMemberResolver {
  @FieldResolver(() => PersonStub, { description: 'The person (registry; personal data masked by its rules).' })
  person(@Root() member: PreparatoryGroupMember): PersonStub {
    return { id: member.personId };
  }
}
