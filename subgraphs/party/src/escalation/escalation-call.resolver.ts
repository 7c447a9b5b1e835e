import { FieldResolver, Resolver, Root } from 'type-graphql';
import { PersonStub, stub } from '../stubs/registry.stub.js';
import { EscalationCall } from './escalation-call.entity.js';

@Resolver(() => EscalationCall)
export class EscalationCallResolver {
  @FieldResolver(() => PersonStub, { nullable: true, description: 'The secretary holding the level when called (registry Person; masked there); null if none is recorded.' })
  holder(@Root() call: EscalationCall): PersonStub | null {
    return call.holderPersonId ? stub(call.holderPersonId) : null;
  }
}
