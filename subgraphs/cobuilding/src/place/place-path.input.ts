import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, IsUUID } from 'class-validator';
import type { PlaceColumns } from '../record/cobuilding-record.js';

/**
 * Where a record belongs, as the registry's ids. The registry owns the map and this subgraph never calls it, so
 * the caller names the whole path and it is checked against the caller's own grant.
 */
@InputType('CobuildingPlaceInput', { description: 'A place on the map by its ids from the registry (district → street → community → neighborhood).' })
export class PlacePathInput {
  @Field(() => ID, { description: 'The district (区/县).' })
  @IsUUID('all', { message: 'districtId must be an id' })
  districtId!: string;

  @Field(() => ID, { description: 'The street (街道).' })
  @IsUUID('all', { message: 'streetId must be an id' })
  streetId!: string;

  @Field(() => ID, { description: 'The community (社区).' })
  @IsUUID('all', { message: 'communityId must be an id' })
  communityId!: string;

  @Field(() => ID, { nullable: true, description: 'The neighborhood (小区), when the record is about one.' })
  @IsOptional()
  @IsUUID('all', { message: 'neighborhoodId must be an id' })
  neighborhoodId?: string;
}

export function placeColumns(input: PlacePathInput): PlaceColumns {
  return {
    districtId: input.districtId.toLowerCase(),
    streetId: input.streetId.toLowerCase(),
    communityId: input.communityId.toLowerCase(),
    neighborhoodId: input.neighborhoodId?.toLowerCase() ?? null,
  };
}
