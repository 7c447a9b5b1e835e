import { Field, ID, InputType } from 'type-graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { OrganizationType } from './organization-ref.js';

@InputType({ description: 'An organisation by kind and id (组织).' })
export class OrganizationRefInput {
  @Field(() => OrganizationType, { description: 'Its kind.' })
  @IsEnum(OrganizationType)
  type!: OrganizationType;

  @Field(() => ID, { description: 'Its id in the subgraph that owns it.' })
  @IsUUID('all', { message: 'organization id must be an id' })
  id!: string;
}
