import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { PlacedRecord } from '../../../platform/orm/placed-record.js';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { ServiceContract } from '../contract/service-contract.entity.js';
import { PropertyCompany } from '../company/property-company.entity.js';
import { EvaluationCriterion, PropertyEvaluator } from './evaluation-kinds.js';

@ObjectType({ description: 'The score of one criterion (指标得分).' })
export class CriterionScore {
  @Field(() => EvaluationCriterion, { description: 'The criterion (指标).' })
  criterion!: EvaluationCriterion;

  @Field(() => Int, { description: 'Score, 0–100 (得分).' })
  score!: number;
}

/**
 * An evaluation (评议) of a contract's company by the branch or the owners' committee for one quarter, scored
 * against every named criterion. One per evaluator per contract per quarter; the history feeds renewal decisions.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'An evaluation of the property company (物业服务评议) by the branch or the owners\' committee for a quarter.' })
@Entity({ tableName: 'service_evaluation' })
@Unique({ properties: ['contractId', 'evaluator', 'year', 'quarter'] })
@Index({ properties: ['companyId'] })
export class ServiceEvaluation extends PlacedRecord<'remarks'> {
  @ManyToOne(() => ServiceContract, { mapToPk: true, fieldName: 'contract_id', deleteRule: 'restrict' })
  contractId!: string;

  @ManyToOne(() => PropertyCompany, { mapToPk: true, fieldName: 'company_id', deleteRule: 'restrict' })
  companyId!: string;

  @Field(() => PropertyEvaluator, { description: 'Who evaluated (评议主体).' })
  @Enum({ items: () => PropertyEvaluator, nativeEnumName: 'property_evaluator' })
  evaluator!: PropertyEvaluator;

  @Field(() => String, { description: 'Id of the evaluating branch or committee (in the party or owners subgraph).' })
  @Property({ type: 'uuid' })
  evaluatorOrganizationId!: string;

  @Field(() => Int, { description: 'Year of the period (年度).' })
  @Property({ type: 'smallint' })
  year!: number;

  @Field(() => Int, { description: 'Quarter of the period, 1–4 (季度).' })
  @Property({ type: 'smallint' })
  quarter!: number;

  @Field(() => [CriterionScore], { description: 'Score per named criterion, in criterion order.' })
  @Property({ type: 'json' })
  scores!: CriterionScore[];

  @Field(() => String, { description: 'Average of the criterion scores, two decimals (综合得分).' })
  @Property({ type: 'decimal', precision: 5, scale: 2 })
  totalScore!: string;

  @Field(() => String, { nullable: true, description: 'Remarks (评议意见).' })
  @Property({ type: 'string', length: 1000, nullable: true })
  remarks: string | null = null;
}
