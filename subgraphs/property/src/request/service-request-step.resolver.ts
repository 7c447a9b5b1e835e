import { FieldResolver, Resolver, Root } from 'type-graphql';
import { PersonStub } from '../stubs/registry.stub.js';
import { ServiceRequestStep } from './service-request-step.entity.js';

@Resolver(() => ServiceRequestStep)
export class ServiceRequestStepResolver {
  @FieldResolver(() => PersonStub, { nullable: true, description: 'The person who took the step, when known (操作人).' })
  actor(@Root() step: ServiceRequestStep): PersonStub | null {
    return step.actorPersonId ? { id: step.actorPersonId } : null;
  }
}
