import { Field, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Length, Min } from 'class-validator';

/** Fields every update input has: which record, and optionally the version the client last read. */
@InputType()
export abstract class UpdateRecordInput {
  @Field(() => String, { description: 'Id of the record to change.' })
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version you last read; if someone changed the record since, the update is refused with CONFLICT.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}

/** A place name as people write it: 1–100 characters after trimming. */
export const NAME_LENGTH = Length(1, 100, { message: 'name must be 1 to 100 characters long' });
