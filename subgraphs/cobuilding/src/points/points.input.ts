import { Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { PlacePathInput } from '../place/place-path.input.js';

@InputType({ description: 'Puts an item on the shelf of a community points supermarket (上架积分超市商品).' })
export class CreatePointsItemInput {
  @Field(() => PlacePathInput, { description: "The community's place certificate." })
  @ValidateNested()
  place!: PlacePathInput;

  @Field(() => String, { description: 'Name, 1–100 characters.' })
  @Length(1, 100, { message: 'name must be 1 to 100 characters long' })
  name!: string;

  @Field(() => Int, { description: 'Price in points, 1–100000.' })
  @IsInt({ message: 'points must be a whole number' })
  @Min(1, { message: 'points must be 1 to 100000' })
  @Max(100000, { message: 'points must be 1 to 100000' })
  points!: number;

  @Field(() => Int, { description: 'Stock, 0–100000.' })
  @IsInt({ message: 'stock must be a whole number' })
  @Min(0, { message: 'stock must be 0 to 100000' })
  @Max(100000, { message: 'stock must be 0 to 100000' })
  stock!: number;
}

@InputType({ description: "Changes an item's stock or takes it off the shelf (补货/下架)." })
export class UpdatePointsItemInput {
  @Field(() => ID, { description: 'The item.' })
  @IsUUID('all', { message: 'itemId must be an id' })
  itemId!: string;

  @Field(() => Int, { description: 'The version read; a stale one gets CONFLICT.' })
  @IsInt({ message: 'expectedVersion must be a whole number' })
  expectedVersion!: number;

  @Field(() => Int, { nullable: true, description: 'New stock, 0–100000.' })
  @IsOptional()
  @IsInt({ message: 'stock must be a whole number' })
  @Min(0, { message: 'stock must be 0 to 100000' })
  @Max(100000, { message: 'stock must be 0 to 100000' })
  stock?: number;
}

@InputType({ description: 'Exchanges points for an item (积分兑换).' })
export class RedeemPointsInput {
  @Field(() => ID, { description: 'The item.' })
  @IsUUID('all', { message: 'itemId must be an id' })
  itemId!: string;

  @Field(() => ID, { nullable: true, description: 'When the supermarket redeems for a resident: their registry Person id. A resident leaves it out.' })
  @IsOptional()
  @IsUUID('all', { message: 'personId must be an id' })
  personId?: string;

  @Field(() => Int, { description: 'How many, 1–20.' })
  @IsInt({ message: 'quantity must be a whole number' })
  @Min(1, { message: 'quantity must be 1 to 20' })
  @Max(20, { message: 'quantity must be 1 to 20' })
  quantity!: number;
}

@InputType({ description: "Sets a district's points rule (设置积分规则)." })
export class SetPointsRuleInput {
  @Field(() => ID, { description: 'The district.' })
  @IsUUID('all', { message: 'districtId must be an id' })
  districtId!: string;

  @Field(() => Int, { description: 'Points per hour of recorded service, 1–1000.' })
  @IsInt({ message: 'pointsPerHour must be a whole number' })
  @Min(1, { message: 'pointsPerHour must be 1 to 1000' })
  @Max(1000, { message: 'pointsPerHour must be 1 to 1000' })
  pointsPerHour!: number;
}
