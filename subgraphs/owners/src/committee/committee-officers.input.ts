import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsUUID } from 'class-validator';

@InputType({ description: "The committee's choice of its officers (推选主任、副主任), resting on a carried decision of its meeting." })
export class ChooseOwnersCommitteeOfficersInput {
  @Field(() => ID, { description: 'The carried decision (业委会决定) of one of your meetings that made the choice, from recordCommitteeMeeting.' })
  @IsUUID('all', { message: 'decisionId must be an id' })
  decisionId!: string;

  @Field(() => ID, { description: 'The director (主任): a voting member in office.' })
  @IsUUID('all', { message: 'directorPersonId must be an id' })
  directorPersonId!: string;

  @Field(() => [ID], { description: 'The deputy directors (副主任), 0 to 2, other voting members in office.' })
  @IsUUID('all', { each: true, message: 'deputyDirectorPersonIds must be ids' })
  @ArrayMaxSize(2, { message: 'deputyDirectorPersonIds lists at most 2 people' })
  deputyDirectorPersonIds!: string[];
}
