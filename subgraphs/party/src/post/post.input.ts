import { Field, ID, InputType } from 'type-graphql';
import { IsEnum, IsOptional, IsUUID, Matches } from 'class-validator';
import { PartyPostKind, SecretaryOrigin } from './post-kinds.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'An appointment to a post for a term (任职).' })
export class AppointPartyPostInput {
  @Field(() => ID, { description: 'The organisation.' })
  @IsUUID('all', { message: 'organizationId must be an id' })
  organizationId!: string;

  @Field(() => ID, { description: 'The person appointed (registry Person id).' })
  @IsUUID('all', { message: 'personId must be an id' })
  personId!: string;

  @Field(() => PartyPostKind, { description: 'The post. GROUP_LEADER only in a building group; the others not in one.' })
  @IsEnum(PartyPostKind)
  kind!: PartyPostKind;

  @Field(() => SecretaryOrigin, { nullable: true, description: 'Required for a SECRETARY, refused for other posts: where they came from.' })
  @IsOptional()
  @IsEnum(SecretaryOrigin)
  secretaryOrigin?: SecretaryOrigin;

  @Field(() => String, { description: 'First day of the term, YYYY-MM-DD.' })
  @Matches(DATE, { message: 'termStart must be a date written YYYY-MM-DD' })
  termStart!: string;

  @Field(() => String, { description: 'Last day of the term, YYYY-MM-DD; at most 5 years after termStart.' })
  @Matches(DATE, { message: 'termEnd must be a date written YYYY-MM-DD' })
  termEnd!: string;
}
