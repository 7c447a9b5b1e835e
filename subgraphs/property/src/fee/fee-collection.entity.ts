import { Field, Int, ObjectType } from 'type-graphql';
import { PlacedRecord } from '../../../platform/orm/placed-record.js';
import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { ServiceContract } from '../contract/service-contract.entity.js';
import { PropertyCompany } from '../company/property-company.entity.js';
import { ratio } from '../statistics/exact-rate.js';

/** Property fees billed and collected under one contract in one year (物业费收缴). */
@ObjectType({ description: 'Property fees billed and collected under a contract in a year (物业费收缴).' })
@Entity({ tableName: 'fee_collection' })
@Unique({ properties: ['contractId', 'year'] })
export class FeeCollection extends PlacedRecord {
  @ManyToOne(() => ServiceContract, { mapToPk: true, fieldName: 'contract_id', deleteRule: 'restrict' })
  contractId!: string;

  @ManyToOne(() => PropertyCompany, { mapToPk: true, fieldName: 'company_id', deleteRule: 'restrict' })
  companyId!: string;

  @Field(() => Int, { description: 'The year (年度).' })
  @Property({ type: 'smallint' })
  year!: number;

  @Field(() => String, { description: 'Fees billed in yuan (应收).' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  billed!: string;

  @Field(() => String, { description: 'Fees collected in yuan (实收); never more than billed.' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  collected!: string;

  @Field(() => String, { nullable: true, description: 'Collected ÷ billed, 4 decimals (物业费收缴率); null when nothing was billed.' })
  collectionRate(): string | null {
    return ratio(toCents(this.collected), toCents(this.billed));
  }
}

/** Yuan as a decimal string → integer cents, exactly. */
export function toCents(yuan: string): bigint {
  const [whole, fraction = ''] = String(yuan).split('.');
  return BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2));
}
