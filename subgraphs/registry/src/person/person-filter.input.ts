import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, IsUUID, Length, Matches } from 'class-validator';

@InputType({ description: 'Which people to list (by where they live, or by name); all conditions must hold.' })
export class PersonFilter {
  @Field(() => ID, { nullable: true, description: 'Only people registered in this community.' })
  @IsOptional()
  @IsUUID('all', { message: 'communityId must be an id' })
  communityId?: string;

  @Field(() => ID, { nullable: true, description: 'Only people living in this neighborhood.' })
  @IsOptional()
  @IsUUID('all', { message: 'neighborhoodId must be an id' })
  neighborhoodId?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Only people whose name contains this text (姓名包含), 1–50 characters, e.g. 建国; case-insensitive. Searched among the people you may list, whose names you see.',
  })
  @IsOptional()
  @Length(1, 50, { message: 'nameContains must be 1 to 50 characters long' })
  @Matches(/\S/, { message: 'nameContains must contain a character other than spaces' })
  nameContains?: string;
}

/** `%text%` for ILIKE, with the pattern characters in the text matched literally. */
export function containsPattern(text: string): string {
  return `%${text.trim().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
