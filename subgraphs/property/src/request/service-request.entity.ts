import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { PlacedRecord } from '../../../platform/orm/placed-record.js';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { PropertyCompany } from '../company/property-company.entity.js';
import { ServiceContract } from '../contract/service-contract.entity.js';
import { ServiceRequestCategory, ServiceRequestStatus } from './request-kinds.js';

/**
 * A resident request (居民诉求) addressed to the company serving the neighborhood when it was submitted. The
 * neighborhood is the one the resident stated (see README: how it is validated); its place path is copied from the
 * serving contract.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A resident request (居民诉求) to the property company: 收集 → 办理 → 反馈 → 评价.' })
@Entity({ tableName: 'service_request' })
@Index({ properties: ['neighborhoodId', 'submittedAt'] })
@Index({ properties: ['companyId'] })
@Index({ properties: ['residentPersonId'] })
@Index({ properties: ['communityId'] })
@Index({ properties: ['streetId'] })
export class ServiceRequest extends PlacedRecord<'status' | 'satisfaction' | 'recordedByPersonId' | 'reopenCount' | 'submittedAt' | 'governanceMatterId' | 'statusSince' | 'assigneePostId'> {
  @ManyToOne(() => ServiceContract, { mapToPk: true, fieldName: 'contract_id', deleteRule: 'restrict' })
  contractId!: string;

  @ManyToOne(() => PropertyCompany, { mapToPk: true, fieldName: 'company_id', deleteRule: 'restrict' })
  companyId!: string;

  /** The resident the request is for (registry person). */
  @Property({ type: 'uuid' })
  residentPersonId!: string;

  /** The community worker who recorded it on the resident's behalf, if any. */
  @Property({ type: 'uuid', nullable: true })
  recordedByPersonId: string | null = null;

  @Field(() => ServiceRequestCategory, { description: 'What it is about (类别).' })
  @Enum({ items: () => ServiceRequestCategory, nativeEnumName: 'service_request_category' })
  category!: ServiceRequestCategory;

  @Field(() => String, { description: 'Where in the neighborhood, as the resident describes it, e.g. "3号楼2单元" (位置).' })
  @Property({ type: 'string', length: 200 })
  location!: string;

  @Field(() => String, { description: 'What the resident asks for (诉求内容).' })
  @Property({ type: 'string', length: 1000 })
  description!: string;

  @Field(() => ServiceRequestStatus, { description: 'Where it stands (状态).' })
  @Enum({ items: () => ServiceRequestStatus, nativeEnumName: 'service_request_status' })
  status: ServiceRequestStatus = ServiceRequestStatus.SUBMITTED;

  @Field(() => Int, { nullable: true, description: "The resident's latest satisfaction, 1–5 (满意度); null until evaluated or after a reopen." })
  @Property({ type: 'smallint', nullable: true })
  satisfaction: number | null = null;

  @Field(() => Int, { description: 'How many times the resident reopened it (重办次数).' })
  @Property({ type: 'smallint' })
  reopenCount: number = 0;

  @Field(() => String, { description: 'Tracking number (受理编号), e.g. SR20261123224501-3f1c; sorts by submission time.' })
  @Property({ type: 'string', length: 24 })
  @Unique()
  trackingNumber!: string;

  /**
   * The governance matter (议事事项, party subgraph) this request serves (三议一服务), when the company opened it with
   * the matter's SERVE certificate; null for an ordinary resident request.
   */
  @Property({ type: 'uuid', nullable: true })
  @Index()
  governanceMatterId: string | null = null;

  @Field(() => Date, { description: 'When it was submitted (提交时间).' })
  @Property({ type: 'datetime' })
  submittedAt: Date = new Date();

  /** When it entered its current state, by the server clock: the start of the current step's time limit (see request-deadline.ts). */
  @Field(() => Date, { description: 'When it entered its current state (本环节开始时间), by the server clock.' })
  @Property({ type: 'datetime', onCreate: (request: ServiceRequest) => request.submittedAt })
  statusSince!: Date;

  /** The staff post (派工) the company assigned it to, if any. */
  @Property({ type: 'uuid', nullable: true })
  assigneePostId: string | null = null;

}

/** SR + submission time (UTC, to the second) + the id's first four hex digits. */
export function trackingNumber(submittedAt: Date, id: string): string {
  return `SR${submittedAt.toISOString().replace(/[-:T]/g, '').slice(0, 14)}-${id.slice(0, 4)}`;
}
