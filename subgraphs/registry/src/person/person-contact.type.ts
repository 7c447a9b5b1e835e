import { Field, ObjectType } from 'type-graphql';

/** A person's unmasked contact details, returned only through `Person.contact(purpose)` and audited. */
@ObjectType({ description: 'Unmasked contact details (联系方式), returned only for a stated purpose; every read is recorded.' })
export class PersonContact {
  @Field(() => String, { description: 'Full name (姓名).' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Full phone number (联系电话).' })
  phone!: string | null;
}
