import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { IsOptional, Max, Min, MaxLength } from 'class-validator';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@Directive('@shareable')
@ObjectType({ description: 'Where a page of a list ends (分页信息).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item on this page; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many items to return: 1 to ${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}.` })
  @IsOptional()
  @Min(1, { message: 'first must be at least 1' })
  @Max(MAX_PAGE_SIZE, { message: `first must be at most ${MAX_PAGE_SIZE}` })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor (a `pageInfo.endCursor` from an earlier page).' })
  @IsOptional()
  @MaxLength(512, { message: 'after is not a cursor this list returned' })
  after?: string;
}

/** A page of items as the resolver returns it; `totalCount` is computed only when asked for. */
export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number>;
}

/**
 * A Relay-style connection type for `itemType`: declare `class XConnection extends Connection(X) {}` with
 * `@ObjectType('XConnection')`.
 */
export function Connection<T extends object>(itemType: ClassType<T>) {
  @ObjectType()
  abstract class ConnectionType {
    @Field(() => [itemType], { description: 'The items on this page.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Where this page ends.' })
    pageInfo!: PageInfo;

    totalCount!: () => Promise<number>;

    @Field(() => Int, { name: 'totalCount', description: 'How many items match, over all pages.' })
    countAll(): Promise<number> {
      return this.totalCount();
    }
  }
  return ConnectionType;
}
