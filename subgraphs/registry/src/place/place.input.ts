import { Field, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Length, Max, Min } from 'class-validator';

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

/** A street address: 1–200 characters. */
export const ADDRESS_LENGTH = Length(1, 200, { message: 'address must be 1 to 200 characters long' });

/** The year a neighborhood was completed: a whole year from 1949 to 2100. */
export function BuiltYear(): PropertyDecorator {
  // In the order stacked decorators `@IsInt() @Min() @Max()` are applied (bottom first), so errors keep their order.
  return (target, property) => {
    Max(2100, { message: 'builtYear must be 2100 or earlier' })(target, property);
    Min(1949, { message: 'builtYear must be 1949 or later' })(target, property);
    IsInt()(target, property);
  };
}
