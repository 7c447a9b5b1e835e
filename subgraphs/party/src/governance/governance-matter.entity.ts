import { Directive, Field, ObjectType } from 'type-graphql';
import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { MatterStageFactsScalar, type MatterStageFacts } from '../../../platform/governance/matter-stage-facts.js';
import { PlacedRecord } from '../../../platform/orm/placed-record.js';
import { MatterCategory } from './governance-kinds.js';

/**
 * A governance matter (议事事项) of 三议一服务: the neighborhood branch proposes it (提议), joint meetings deliberate it
 * (商议), the owners' assembly resolves it where needed (决议, owners subgraph), the property company or a
 * joint-building unit carries it out (服务, property and cobuilding subgraphs). Those subgraphs contribute their facts;
 * its stage is derived here from them and never stored.
 */
@Directive('@key(fields: "id")')
@ObjectType('GovernanceMatter', { description: 'A governance matter (议事事项) proposed by a neighborhood branch and carried through 三议一服务.' })
@Entity({ tableName: 'governance_matter' })
@Index({ properties: ['neighborhoodId'] })
@Index({ properties: ['communityId'] })
@Index({ properties: ['streetId'] })
@Index({ properties: ['proposedById'] })
export class GovernanceMatter extends PlacedRecord<'concernedCompanyId' | 'description' | 'withdrawnOn' | 'withdrawnBy' | 'withdrawalReason'> {
  /** The neighborhood branch that proposed it. */
  @Property({ type: 'uuid' })
  proposedById!: string;

  @Field(() => String, { description: 'Title (事项名称).' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String, { description: 'What is proposed and why (事项说明).' })
  @Property({ type: 'text' })
  description = '';

  @Field(() => MatterCategory, { description: 'Category (事项类别).' })
  @Enum({ items: () => MatterCategory, nativeEnumName: 'governance_matter_category' })
  category!: MatterCategory;

  @Field(() => Boolean, { description: "Whether the owners' assembly must decide it (需业主大会决议), e.g. using the maintenance fund." })
  @Property({ type: 'boolean' })
  needsOwnersDecision!: boolean;

  /** The property company the matter concerns (its evaluation, hiring or dismissal), for recusal. */
  @Property({ type: 'uuid', nullable: true })
  concernedCompanyId: string | null = null;

  @Field(() => String, { description: 'Day it was proposed (提议日期), YYYY-MM-DD.' })
  @Property({ type: 'date' })
  proposedOn!: string;

  @Field(() => String, { nullable: true, description: 'Day it was withdrawn (撤回日期), YYYY-MM-DD, by the server clock; null while it stands.' })
  @Property({ type: 'date', nullable: true })
  withdrawnOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'The account that withdrew it (撤回人).' })
  @Property({ type: 'string', length: 200, nullable: true })
  withdrawnBy: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was withdrawn (撤回理由).' })
  @Property({ type: 'string', length: 500, nullable: true })
  withdrawalReason: string | null = null;

  // Brought by the gateway from the owners, property and cobuilding subgraphs (@requires), each signed by its author
  // (verified in matter-facts.access.ts); never stored here.
  @Directive('@external')
  @Field(() => MatterStageFactsScalar.external, { description: "The owners subgraph's facts (motions), for the stage." })
  ownersFacts?: MatterStageFacts;

  @Directive('@external')
  @Field(() => MatterStageFactsScalar.external, { description: "The property subgraph's facts (service requests), for the stage." })
  propertyFacts?: MatterStageFacts;

  @Directive('@external')
  @Field(() => MatterStageFactsScalar.external, { description: "The cobuilding subgraph's facts (projects), for the stage." })
  cobuildingFacts?: MatterStageFacts;
}

export const MATTER_FACTS_SELECTION = 'ownersFacts propertyFacts cobuildingFacts';
