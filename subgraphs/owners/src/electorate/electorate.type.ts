import { Field, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../../platform/scalars/decimal.js';
import { PersonStub, UnitStub } from '../stubs/registry.stub.js';

@ObjectType('OwnersElectorateUnit', { description: 'One unit of a recorded electorate (名册中的专有部分).' })
export class OwnersElectorateUnit {
  @Field(() => UnitStub, { description: 'The unit.' })
  unit!: UnitStub;

  @Field(() => DecimalScalar, { description: 'Registered area in m² at the time (登记面积).' })
  area!: string;

  @Field(() => Boolean, { description: 'Held by the developer at the time (开发建设单位持有).' })
  developerHeld!: boolean;

  @Field(() => [PersonStub], { description: 'Its registered owners at the time (产权人).' })
  owners!: PersonStub[];
}
