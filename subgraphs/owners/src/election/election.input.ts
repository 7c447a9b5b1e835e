import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsEnum, IsInt, IsOptional, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { AssemblyForm } from '../assembly/assembly-kinds.js';
import { ElectionKind, ElectionStatus } from './owners-election.entity.js';

@InputType({ description: "Convening an owners' assembly that elects committee members (召开选举业委会的业主大会)." })
export class ConveneOwnersElectionInput {
  @Field(() => ElectionKind, { description: 'FIRST (a preparatory group, no committee in office), REELECTION (the committee in office) or BY_ELECTION (the committee, or a preparatory group where it cannot convene).' })
  @IsEnum(ElectionKind)
  kind!: ElectionKind;

  @Field(() => ID, { nullable: true, description: 'The preparatory group convening it (筹备组), for FIRST and for a BY_ELECTION the committee cannot convene; omit when the committee convenes.' })
  @IsOptional()
  @IsUUID('all', { message: 'preparatoryGroupId must be an id' })
  preparatoryGroupId?: string;

  @Field(() => String, { description: 'Title (会议名称), e.g. 首次业主大会.' })
  @Length(2, 200, { message: 'title must be 2 to 200 characters long' })
  title!: string;

  @Field(() => AssemblyForm, { description: 'On site, written consultation or online (召开形式).' })
  @IsEnum(AssemblyForm)
  form!: AssemblyForm;

  @Field(() => Date, { description: 'When it meets and voting opens: at least 15 days after now (the notice is given now, by the server).' })
  @IsDate({ message: 'meetsOn must be a date-time' })
  meetsOn!: Date;

  @Field(() => Int, { description: 'Members of the committee once elected (委员人数): 5 to 11, odd; for a by-election the sitting members included.' })
  @IsInt({ message: 'seats must be an integer' })
  seats!: number;

  @Field(() => [ID], { description: "The candidates in list order (候选人名单): owners in the electorate, not on the street's negative list; at least as many as the seats to fill, at most 30." })
  @ArrayMinSize(1, { message: 'candidatePersonIds must not be empty' })
  @ArrayMaxSize(30, { message: 'candidatePersonIds lists at most 30 people' })
  @IsUUID('all', { each: true, message: 'candidatePersonIds must be ids' })
  candidatePersonIds!: string[];

  @Field(() => Int, { nullable: true, description: 'Term in years from the decision (任期, 1–5): required for FIRST and REELECTION, omitted for a BY_ELECTION.' })
  @IsOptional()
  @IsInt({ message: 'termYears must be an integer' })
  @Min(1, { message: 'termYears must be 1 to 5' })
  @Max(5, { message: 'termYears must be 1 to 5' })
  termYears?: number;

  @Field(() => String, { nullable: true, description: 'The rules of procedure proposed (业主大会议事规则草案): required for FIRST, put to the vote as a RULES_OF_PROCEDURE motion.' })
  @IsOptional()
  @Length(10, 20000, { message: 'rulesOfProcedure must be 10 to 20000 characters long' })
  rulesOfProcedure?: string;

  @Field(() => String, { nullable: true, description: 'The management covenant proposed (管理规约草案): required for FIRST, put to the vote as a MANAGEMENT_COVENANT motion.' })
  @IsOptional()
  @Length(10, 20000, { message: 'managementCovenant must be 10 to 20000 characters long' })
  managementCovenant?: string;

  @Field(() => String, { nullable: true, description: 'A key unique to this submission (8–100 letters, digits, - or _): a retry with it returns the same election.' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{8,100}$/, { message: 'idempotencyKey must be 8 to 100 letters, digits, - or _' })
  idempotencyKey?: string;
}

@InputType({ description: 'Conditions on listed elections; all must hold.' })
export class OwnersElectionFilter {
  @Field(() => ID, { nullable: true, description: 'Only elections of this neighborhood.' })
  @IsOptional()
  @IsUUID('all', { message: 'neighborhoodId must be an id' })
  neighborhoodId?: string;

  @Field(() => ID, { nullable: true, description: 'Only elections of neighborhoods of this street.' })
  @IsOptional()
  @IsUUID('all', { message: 'streetId must be an id' })
  streetId?: string;

  @Field(() => ElectionKind, { nullable: true, description: 'Only elections of this kind.' })
  @IsOptional()
  @IsEnum(ElectionKind)
  kind?: ElectionKind;

  @Field(() => ElectionStatus, { nullable: true, description: 'Only elections in this state.' })
  @IsOptional()
  @IsEnum(ElectionStatus)
  status?: ElectionStatus;
}
