import { FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { PersonStub } from '../stubs/registry.stub.js';
import { ServiceRequestOnBehalf } from './on-behalf.entity.js';

@Resolver(() => ServiceRequestOnBehalf)
export class ServiceRequestOnBehalfFieldsResolver {
  @FieldResolver(() => PersonStub, { description: 'The head who entered it (代办人), masked by the registry.' })
  head(@Root() record: ServiceRequestOnBehalf): PersonStub {
    return { id: record.headPersonId };
  }

  @FieldResolver(() => PersonStub, { description: 'The resident it is for (诉求人), masked by the registry.' })
  resident(@Root() record: ServiceRequestOnBehalf): PersonStub {
    return { id: record.residentPersonId };
  }

  @FieldResolver(() => ID, { nullable: true, description: "The building it concerns (registry Building id), inside the head's coverage; null for a grid head's request." })
  buildingId(@Root() record: ServiceRequestOnBehalf): string | null {
    return record.buildingId;
  }
}
