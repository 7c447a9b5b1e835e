import { Field, InputType } from 'type-graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { ServiceRequestCategory, ServiceRequestStatus } from '../request/request-kinds.js';

@InputType({ description: "Which of a neighborhood's requests to list." })
export class NeighborhoodServiceRequestFilter {
  @Field(() => [ServiceRequestStatus], { nullable: true, description: 'Only requests in one of these states.' })
  @IsOptional()
  @IsEnum(ServiceRequestStatus, { each: true })
  statuses?: ServiceRequestStatus[];

  @Field(() => ServiceRequestCategory, { nullable: true, description: 'Only requests of this category.' })
  @IsOptional()
  @IsEnum(ServiceRequestCategory)
  category?: ServiceRequestCategory;
}
