import { Field, ObjectType } from 'type-graphql';
import { CrossAppointment } from './cross-appointment.entity.js';
import type { OrganizationRef } from './organization-ref.js';

/** One post of a person in any organisation, from whichever subgraph keeps it (人员任职). */
@ObjectType('PersonPost', { description: 'A post a person holds in any organisation, from the subgraph that keeps it (人员任职).' })
export class PersonPost {
  organizationRef!: OrganizationRef;

  @Field(() => String, { description: 'Stable code of the post kind in its subgraph, e.g. SECRETARY, FIRST_SECRETARY, PROJECT_MANAGER.' })
  kind!: string;

  @Field(() => String, { description: 'Title in Chinese (职务), e.g. 书记, 第一书记, 项目经理.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'First day (任职开始), YYYY-MM-DD, where known.' })
  since!: string | null;

  @Field(() => String, { nullable: true, description: 'Last day (任职结束), YYYY-MM-DD; null while open-ended.' })
  until!: string | null;

  @Field(() => String, { description: 'The subgraph that keeps the post: party, property, owners or cobuilding (来源).' })
  source!: string;

  @Field(() => CrossAppointment, { nullable: true, description: 'The cross-appointment, when the post is one (交叉任职).' })
  crossAppointment!: CrossAppointment | null;
}
