import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The organisations a post can be held in, by the entity type that represents each in the supergraph. */
export type PostOrganizationType = 'PartyOrganization' | 'PropertyCompany' | 'OwnersCommittee' | 'JointBuildingUnit' | 'Community';

/**
 * One post a person holds, as the subgraph that keeps it summarises it for `Person.posts` (人员任职). Each of
 * `property`, `owners` and `cobuilding` contributes an `@inaccessible` list of these to `Person` (only the posts the
 * caller may see); the party subgraph requires them and merges them with its own posts and cross-appointments into
 * one list. Defined once here so every subgraph declares the same shape.
 */
@Directive('@shareable')
@Directive('@inaccessible')
@ObjectType('PostSummary', { description: 'A post held in one organisation, summarised for Person.posts (任职摘要).' })
export class PostSummary {
  @Field(() => ID, { description: 'The post record in its own subgraph.' })
  postId!: string;

  @Field(() => String, { description: 'Entity type of the organisation: PartyOrganization, PropertyCompany, OwnersCommittee, JointBuildingUnit or Community.' })
  organizationType!: PostOrganizationType;

  @Field(() => ID, { description: 'The organisation.' })
  organizationId!: string;

  @Field(() => String, { description: 'Stable code of the post kind in its subgraph, e.g. PROJECT_MANAGER or DIRECTOR.' })
  kind!: string;

  @Field(() => String, { description: 'Title in Chinese, e.g. 项目经理 or 业委会主任.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'First day (YYYY-MM-DD), where known.' })
  since!: string | null;

  @Field(() => String, { nullable: true, description: 'Last day (YYYY-MM-DD); null while open-ended.' })
  until!: string | null;
}
