import { Field, ID, InputType } from 'type-graphql';
import { IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { DecimalScalar } from '../../../platform/scalars/decimal.js';
import { IsPositiveDecimal } from '../../../platform/scalars/positive-decimal.js';
import { ServiceStationKind } from './service-station.entity.js';

@InputType({ description: 'A new service station (新建服务阵地).' })
export class CreatePartyServiceStationInput {
  @Field(() => ID, { description: 'The organisation running it.' })
  @IsUUID('all', { message: 'organizationId must be an id' })
  organizationId!: string;

  @Field(() => ServiceStationKind, { description: 'Kind.' })
  @IsEnum(ServiceStationKind)
  kind!: ServiceStationKind;

  @Field(() => String, { description: 'Name, 1–100 characters.' })
  @Length(1, 100, { message: 'name must be 1 to 100 characters long' })
  name!: string;

  @Field(() => ID, { nullable: true, description: "The neighborhood it stands in, within the organisation's area." })
  @IsOptional()
  @IsUUID('all', { message: 'neighborhoodId must be an id' })
  neighborhoodId?: string;

  @Field(() => DecimalScalar, { description: 'Floor area in m², more than 0 and at most 10000.' })
  @IsPositiveDecimal(10000)
  floorArea!: string;

  @Field(() => String, { description: 'Opening hours as posted, 1–100 characters.' })
  @Length(1, 100, { message: 'openingHours must be 1 to 100 characters long' })
  openingHours!: string;
}
