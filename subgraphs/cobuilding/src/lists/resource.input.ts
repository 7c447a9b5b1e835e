import { Field, InputType } from 'type-graphql';
import { IsEnum, IsOptional, Length } from 'class-validator';
import { CobuildingCategory } from './cobuilding-category.js';

@InputType('OfferCobuildingResourceInput', { description: 'A resource (资源) your unit offers to the communities.' })
export class OfferResourceInput {
  @Field(() => String, { description: 'What is offered, 1–100 characters.' })
  @Length(1, 100, { message: 'title must be 1 to 100 characters long' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Details, up to 2000 characters.' })
  @IsOptional()
  @Length(1, 2000, { message: 'description must be 1 to 2000 characters long' })
  description?: string;

  @Field(() => CobuildingCategory, { description: 'Subject.' })
  @IsEnum(CobuildingCategory)
  category!: CobuildingCategory;
}
