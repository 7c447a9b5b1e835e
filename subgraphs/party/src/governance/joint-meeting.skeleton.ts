import { Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';

/**
 * TODO(governance): the joint meeting (三方联席会议) this subgraph owns. A skeleton of its key and the two fields the
 * property subgraph requires for recusal flags, so the supergraph composes while it is built.
 */
@Directive('@key(fields: "id")')
@ObjectType('JointMeeting', { description: 'A joint meeting (三方联席会议 / 党建联席会议) convened by a party branch for a neighborhood.' })
export class JointMeeting {
  @Field(() => ID, { description: 'Its id.' })
  id!: string;
}

@Resolver(() => JointMeeting)
export class JointMeetingSkeletonResolver {
  @Directive('@inaccessible')
  @FieldResolver(() => [ID], { description: 'Property companies concerned by the matters discussed, for recusal flags from the property subgraph.' })
  concernedCompanyIds(@Root() _meeting: JointMeeting): string[] {
    return [];
  }

  @Directive('@inaccessible')
  @FieldResolver(() => [ID], { description: 'Person ids of the participants, for recusal flags from the property subgraph.' })
  participantPersonIds(@Root() _meeting: JointMeeting): string[] {
    return [];
  }
}
