import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The owners subgraph's motion (业主大会表决事项), extended here with its recusal flags. The two external fields are
 * `@inaccessible` in the owners subgraph; the gateway brings them for `recusals` (`@requires`).
 */
@Directive('@key(fields: "id")')
@ObjectType('OwnersMotion', { description: "A motion put to the owners' assembly (表决事项), owned by the owners subgraph." })
export class OwnersMotionStub {
  @Field(() => ID, { description: 'Its id in the owners subgraph.' })
  id!: string;

  @Directive('@external')
  @Field(() => ID, { nullable: true, description: 'The property company the motion concerns (from the owners subgraph).' })
  concernedCompanyId?: string | null;

  @Directive('@external')
  @Field(() => [ID], { description: "Person ids of the convening committee's current members (from the owners subgraph)." })
  committeeMemberPersonIds?: string[];
}

/**
 * The party subgraph's joint meeting (三方联席会议), extended here with its recusal flags. The two external fields are
 * `@inaccessible` in the party subgraph; the gateway brings them for `recusals` (`@requires`).
 */
@Directive('@key(fields: "id")')
@ObjectType('JointMeeting', { description: 'A joint meeting (三方联席会议), owned by the party subgraph.' })
export class JointMeetingStub {
  @Field(() => ID, { description: 'Its id in the party subgraph.' })
  id!: string;

  @Directive('@external')
  @Field(() => [ID], { description: 'Property companies concerned by the matters discussed (from the party subgraph).' })
  concernedCompanyIds?: string[];

  @Directive('@external')
  @Field(() => [ID], { description: 'Person ids of the participants (from the party subgraph).' })
  participantPersonIds?: string[];
}
