import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../../platform/pagination/connection.js';
import { DecimalScalar } from '../../../platform/scalars/decimal.js';
import { PersonStub } from '../stubs/registry.stub.js';
import { VolunteerActivity } from './volunteer-activity.entity.js';

@ObjectType('VolunteerActivityConnection', { description: 'A page of volunteer activities.' })
export class VolunteerActivityConnection extends Connection(VolunteerActivity) {}

@ObjectType({ description: "A person's volunteer service hours (志愿服务时长 / 时间银行), over the activities you may read." })
export class VolunteerServiceHours {
  @Field(() => PersonStub, { description: 'The volunteer.' })
  person!: PersonStub;

  @Field(() => DecimalScalar, { description: 'Hours served (服务时长).' })
  hours!: string;

  @Field(() => Int, { description: 'Activities taken part in (参与次数).' })
  activities!: number;
}
