import { Field, ID, InputType } from 'type-graphql';
import { IsEnum, IsOptional, IsUUID, Length, ValidateNested } from 'class-validator';
import { PlacePathInput } from '../place/place-path.input.js';
import { CobuildingCategory } from './cobuilding-category.js';
import { CobuildingNeedStatus } from './need-status.js';

@InputType('CreateCobuildingNeedInput', { description: 'A need (需求) a community raises for itself or one of its neighborhoods.' })
export class CreateNeedInput {
  @Field(() => PlacePathInput, { description: 'Where the need is: the community, and the neighborhood if it is about one.' })
  @ValidateNested()
  place!: PlacePathInput;

  @Field(() => String, { description: 'What is needed, 1–100 characters.' })
  @Length(1, 100, { message: 'title must be 1 to 100 characters long' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Details, up to 2000 characters.' })
  @IsOptional()
  @Length(1, 2000, { message: 'description must be 1 to 2000 characters long' })
  description?: string;

  @Field(() => CobuildingCategory, { description: 'Subject; resources are suggested by it.' })
  @IsEnum(CobuildingCategory)
  category!: CobuildingCategory;
}

@InputType('CobuildingNeedFilter', { description: 'Which needs to list; all conditions must hold.' })
export class NeedFilter {
  @Field(() => ID, { nullable: true, description: 'Only needs of this community.' })
  @IsOptional()
  @IsUUID('all', { message: 'communityId must be an id' })
  communityId?: string;

  @Field(() => CobuildingCategory, { nullable: true, description: 'Only needs of this subject.' })
  @IsOptional()
  @IsEnum(CobuildingCategory)
  category?: CobuildingCategory;

  @Field(() => CobuildingNeedStatus, { nullable: true, description: 'Only needs at this stage (需求状态), e.g. OPEN.' })
  @IsOptional()
  @IsEnum(CobuildingNeedStatus)
  status?: CobuildingNeedStatus;
}
