import { Field, ObjectType } from 'type-graphql';
import { PlacedRecord } from '../../../platform/orm/placed-record.js';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { ServiceContract } from '../contract/service-contract.entity.js';
import { PropertyCompany } from '../company/property-company.entity.js';
import { PropertyPostKind } from './property-post-kind.js';

/**
 * A person's post on a contract's project team, with its term. The person lives in the registry (held by id); the
 * contract's place path is copied so scope filters stay local.
 */
@ObjectType({ description: 'A post on a property service project (物业项目岗位), with its term (任期).' })
@Entity({ tableName: 'property_post' })
@Index({ properties: ['personId'] })
@Index({ properties: ['contractId'] })
export class PropertyPost extends PlacedRecord<'endsOn'> {
  @ManyToOne(() => ServiceContract, { mapToPk: true, fieldName: 'contract_id', deleteRule: 'restrict' })
  contractId!: string;

  @ManyToOne(() => PropertyCompany, { mapToPk: true, fieldName: 'company_id', deleteRule: 'restrict' })
  companyId!: string;

  @Property({ type: 'uuid' })
  personId!: string;

  @Field(() => PropertyPostKind, { description: 'The post (岗位).' })
  @Enum({ items: () => PropertyPostKind, nativeEnumName: 'property_post_kind' })
  kind!: PropertyPostKind;

  @Field(() => String, { description: 'First day of the term, YYYY-MM-DD (任职起始日).' })
  @Property({ type: 'date' })
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'Day after the last day of the term, YYYY-MM-DD (离任日); null while serving.' })
  @Property({ type: 'date', nullable: true })
  endsOn: string | null = null;
}
