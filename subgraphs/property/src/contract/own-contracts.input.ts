import { Field, InputType } from 'type-graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { ServiceContractStatus } from './contract-status.js';

@InputType({ description: "Which of your own contracts to list (合同履历); all conditions must hold." })
export class OwnServiceContractFilter {
  @Field(() => [ServiceContractStatus], { nullable: true, description: 'Only contracts in one of these states today (合同状态), e.g. [ENDED] for the history.' })
  @IsOptional()
  @IsEnum(ServiceContractStatus, { each: true })
  statuses?: ServiceContractStatus[];
}
