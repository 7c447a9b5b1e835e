import { Directive, Field, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../../platform/orm/versioned-record.js';
import { Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import { PropertyCompanyStatus } from './company-status.js';

/** A property management company. Its party organisation lives in the party subgraph and is held here by id. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A property management company (物业企业); "红色物业" when it has its own party organisation.' })
@Entity({ tableName: 'property_company' })
export class PropertyCompany extends VersionedRecord<'status' | 'partyOrganizationId' | 'hotline' | 'address' | 'introduction'> {
  @Field(() => String, { description: 'Registered name (企业名称).' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, { description: 'Unified social credit code (统一社会信用代码), 18 characters, GB 32100-2015.' })
  @Property({ type: 'string', length: 18 })
  @Unique()
  creditCode!: string;

  /** Id of its party organisation in the party subgraph (红色物业), if it has one. */
  @Property({ type: 'uuid', nullable: true })
  partyOrganizationId: string | null = null;

  @Field(() => PropertyCompanyStatus, { description: 'Standing (状态).' })
  @Enum({ items: () => PropertyCompanyStatus, nativeEnumName: 'property_company_status' })
  status: PropertyCompanyStatus = PropertyCompanyStatus.ACTIVE;

  @Field(() => String, { nullable: true, description: 'Service hotline residents call (服务热线); kept by the company itself.' })
  @Property({ type: 'string', length: 40, nullable: true })
  hotline: string | null = null;

  @Field(() => String, { nullable: true, description: 'Office address (办公地址); kept by the company itself.' })
  @Property({ type: 'string', length: 200, nullable: true })
  address: string | null = null;

  @Field(() => String, { nullable: true, description: 'A short introduction of the company and its services (企业简介); kept by the company itself.' })
  @Property({ type: 'string', length: 1000, nullable: true })
  introduction: string | null = null;
}
