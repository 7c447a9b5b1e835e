import { Directive, Field, Int, ObjectType } from 'type-graphql';

/**
 * What one subgraph knows about a governance matter's progress (议事事项进展), counted over the records it linked to
 * the matter: the owners' motions (决议), the property company's service requests or the co-building projects (服务).
 * Each of `owners`, `property` and `cobuilding` contributes one `@inaccessible` field of this type to
 * `GovernanceMatter`; the party subgraph requires all three and derives the matter's stage from them.
 *
 * Defined once here so every subgraph declares the same shape (a value type shared across subgraphs).
 */
@Directive('@shareable')
@Directive('@inaccessible')
@ObjectType('MatterStageFacts', { description: "One subgraph's facts about a governance matter's progress (议事事项进展)." })
export class MatterStageFacts {
  @Field(() => Int, { description: 'Records linked to the matter (motions, service requests or projects).' })
  linked!: number;

  @Field(() => Int, { description: 'Of those, still in progress: a motion not yet decided, a request or project not yet completed.' })
  pending!: number;

  @Field(() => Int, { description: 'Of those, done: a motion adopted, a request completed (办结), a project completed.' })
  completed!: number;

  @Field(() => Int, { description: 'Of the done ones, evaluated by residents (评价); motions are never evaluated.' })
  evaluated!: number;

  @Field(() => Int, { description: 'Of those, ended without success: a motion not adopted, a request or project cancelled.' })
  failed!: number;
}

export const NO_MATTER_FACTS: MatterStageFacts = Object.freeze({ linked: 0, pending: 0, completed: 0, evaluated: 0, failed: 0 });
