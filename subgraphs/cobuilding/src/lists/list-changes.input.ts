import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Length, Min } from 'class-validator';
import { CobuildingCategory } from './cobuilding-category.js';

@InputType('UpdateCobuildingResourceInput', { description: 'A change of a resource your unit offers (资源变更); fields left out stay as they are.' })
export class UpdateResourceInput {
  @Field(() => ID, { description: 'The resource.' })
  @IsUUID('all', { message: 'id must be an id' })
  id!: string;

  @Field(() => Int, { description: 'The version you last read; if the resource changed since, the update is refused with CONFLICT.' })
  @IsInt()
  @Min(1, { message: 'expectedVersion must be at least 1' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'What is offered, 1–100 characters.' })
  @IsOptional()
  @Length(1, 100, { message: 'title must be 1 to 100 characters long' })
  title?: string;

  @Field(() => String, { nullable: true, description: 'Details, 1–2000 characters.' })
  @IsOptional()
  @Length(1, 2000, { message: 'description must be 1 to 2000 characters long' })
  description?: string;

  @Field(() => CobuildingCategory, { nullable: true, description: 'Subject.' })
  @IsOptional()
  @IsEnum(CobuildingCategory)
  category?: CobuildingCategory;
}

/** How a need closes. */
export enum NeedClosure {
  MET = 'MET',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(NeedClosure, {
  name: 'CobuildingNeedClosure',
  description: 'How a need closes (需求关闭方式).',
  valuesConfig: { MET: { description: 'It was met (已满足).' }, WITHDRAWN: { description: 'It is no longer needed (撤回).' } },
});

@InputType('CloseCobuildingNeedInput', { description: 'Closes a need (关闭需求): met or withdrawn, with why; it stays on the list as closed.' })
export class CloseNeedInput {
  @Field(() => ID, { description: 'The need.' })
  @IsUUID('all', { message: 'id must be an id' })
  id!: string;

  @Field(() => Int, { description: 'The version you last read; if the need changed since, closing is refused with CONFLICT.' })
  @IsInt()
  @Min(1, { message: 'expectedVersion must be at least 1' })
  expectedVersion!: number;

  @Field(() => NeedClosure, { description: 'Met or withdrawn.' })
  @IsEnum(NeedClosure)
  outcome!: NeedClosure;

  @Field(() => String, { description: 'Why (关闭原因), 1–500 characters.' })
  @Length(1, 500, { message: 'reason must be 1 to 500 characters long' })
  reason!: string;
}
