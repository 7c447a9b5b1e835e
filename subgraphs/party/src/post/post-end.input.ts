import { Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsUUID, Length } from 'class-validator';

@InputType({ description: 'Ends a post before its term is over (提前免职/辞职); the post stays as history.' })
export class EndPartyPostInput {
  @Field(() => ID, { description: 'The post (职务).' })
  @IsUUID('all', { message: 'postId must be an id' })
  postId!: string;

  @Field(() => Int, { description: 'The version read (版本号); a stale one gets CONFLICT.' })
  @IsInt({ message: 'expectedVersion must be a whole number' })
  expectedVersion!: number;

  @Field(() => String, { description: 'Why (免职原因), 2–500 characters.' })
  @Length(2, 500, { message: 'reason must be 2 to 500 characters long' })
  reason!: string;
}
