import { Field, ID, InputType } from 'type-graphql';
import { IsBoolean, IsDate, IsEnum, IsOptional, IsUUID, Matches } from 'class-validator';
import { ServiceRequestCategory, ServiceRequestStatus } from './request-kinds.js';

@InputType({ description: 'Which requests to list (诉求查询); all conditions must hold.' })
export class ServiceRequestFilter {
  @Field(() => ID, { nullable: true, description: 'Only requests of this neighborhood (小区).' })
  @IsOptional()
  @IsUUID('all', { message: 'neighborhoodId must be an id' })
  neighborhoodId?: string;

  @Field(() => ID, { nullable: true, description: 'Only requests addressed to this company (物业企业).' })
  @IsOptional()
  @IsUUID('all', { message: 'companyId must be an id' })
  companyId?: string;

  @Field(() => [ServiceRequestStatus], { nullable: true, description: 'Only requests in one of these states (状态).' })
  @IsOptional()
  @IsEnum(ServiceRequestStatus, { each: true })
  statuses?: ServiceRequestStatus[];

  @Field(() => ServiceRequestCategory, { nullable: true, description: 'Only requests of this category (类别).' })
  @IsOptional()
  @IsEnum(ServiceRequestCategory)
  category?: ServiceRequestCategory;

  @Field(() => Date, { nullable: true, description: 'Only requests submitted at or after this time (提交时间起).' })
  @IsOptional()
  @IsDate()
  submittedFrom?: Date;

  @Field(() => Date, { nullable: true, description: 'Only requests submitted before this time (提交时间止, exclusive).' })
  @IsOptional()
  @IsDate()
  submittedBefore?: Date;

  @Field(() => String, { nullable: true, description: 'Only the request with this tracking number (受理编号), or those starting with it, e.g. SR20261123.' })
  @IsOptional()
  @Matches(/^SR[0-9]{0,14}(-[0-9a-f]{0,4})?$/i, { message: 'trackingNumber must be a tracking number or its beginning, e.g. SR20261123' })
  trackingNumber?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: only requests past the time limit of their current step (逾期); false: only those within it.' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;
}
