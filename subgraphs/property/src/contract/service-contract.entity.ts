import { Directive, Field, ObjectType } from 'type-graphql';
import { PlacedRecord } from '../../../platform/orm/placed-record.js';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { PropertyCompany } from '../company/property-company.entity.js';

/**
 * A property service contract (物业服务合同): one company serving one neighborhood for a period. The neighborhood's
 * place path is kept on the row (validated against the creator's area) so scope filters need no other subgraph.
 * The database refuses two contracts of one neighborhood whose periods overlap (exclusion constraint).
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A property service contract (物业服务合同): a company serving a neighborhood for a period.' })
@Entity({ tableName: 'service_contract' })
@Index({ properties: ['neighborhoodId'] })
@Index({ properties: ['companyId'] })
@Index({ properties: ['communityId'] })
@Index({ properties: ['streetId'] })
export class ServiceContract extends PlacedRecord<'endsOn' | 'endedOn' | 'endReason'> {
  @ManyToOne(() => PropertyCompany, { mapToPk: true, fieldName: 'company_id', deleteRule: 'restrict' })
  companyId!: string;

  @Field(() => String, { description: 'First day of service, YYYY-MM-DD (合同起始日).' })
  @Property({ type: 'date' })
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'Agreed last day + 1, YYYY-MM-DD (合同到期日); null for an open-ended contract.' })
  @Property({ type: 'date', nullable: true })
  endsOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Day the company actually left, YYYY-MM-DD (物业离场日), if it ended early or on time.' })
  @Property({ type: 'date', nullable: true })
  endedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why the contract ended (离场原因).' })
  @Property({ type: 'string', length: 500, nullable: true })
  endReason: string | null = null;

  @Field(() => String, { description: 'Monthly fee standard in yuan per m² of exclusive area (物业费收费标准, 元/㎡·月).' })
  @Property({ type: 'decimal', precision: 8, scale: 2 })
  feeStandard!: string;
}
