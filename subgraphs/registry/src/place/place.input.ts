import { Field, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Length, Min } from 'class-validator';
import { conflict } from '../../../platform/errors/error-codes.js';

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

export function assertExpectedVersion(record: { version: number }, expectedVersion: number | undefined): void {
  if (expectedVersion !== undefined && record.version !== expectedVersion) {
    throw conflict(
      `This record is at version ${record.version}, not ${expectedVersion}: someone changed it since you read it. Reload and try again.`,
      { currentVersion: record.version },
    );
  }
}

/** Keeps only the fields an update input actually sets (undefined means "leave as is"). */
export function definedFields<T extends object, K extends keyof T>(input: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const changes: Partial<Pick<T, K>> = {};
  for (const key of keys) {
    const value = input[key];
    if (value !== undefined) changes[key] = (typeof value === 'string' ? value.trim() : value) as T[K];
  }
  return changes;
}
