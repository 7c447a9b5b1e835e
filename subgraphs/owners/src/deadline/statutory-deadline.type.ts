import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { StatutoryDeadlineKind, StatutoryDeadlineStatus, type StatutoryClock } from './statutory-clocks.js';

registerEnumType(StatutoryDeadlineKind, {
  name: 'StatutoryDeadlineKind',
  description: "A statutory time limit of owners' self-governance (法定时限).",
  valuesConfig: {
    ASSEMBLY_NOTICE: { description: "Notice of an owners' assembly at least 15 days before it meets (会议公告)." },
    RESOLUTION_PUBLICATION: { description: 'Publication of a resolution within 3 days of the decision (决议公示).' },
    COMMITTEE_FILING: { description: 'Filing of a committee with the street within 30 days of its election (备案).' },
    TERM_EXPIRY: { description: "End of a committee's term, warned from 3 months before (任期届满换届)." },
  },
});

registerEnumType(StatutoryDeadlineStatus, {
  name: 'StatutoryDeadlineStatus',
  description: 'Whether a time limit is still to come or has passed unmet (时限状态).',
  valuesConfig: { UPCOMING: { description: 'Due today or later (即将到期).' }, OVERDUE: { description: 'Passed and not met (已逾期).' } },
});

@ObjectType('StatutoryDeadline', {
  description: "A statutory time limit not yet met (法定时限提醒), derived from the owners' records: what is due, by which day, for which committee.",
})
export class StatutoryDeadline {
  @Field(() => StatutoryDeadlineKind, { description: 'Which time limit (时限类别).' })
  kind!: StatutoryDeadlineKind;

  @Field(() => String, { description: 'The last day allowed, YYYY-MM-DD in UTC (截止日期).' })
  dueOn!: string;

  @Field(() => StatutoryDeadlineStatus, { description: 'UPCOMING or OVERDUE (状态).' })
  status!: StatutoryDeadlineStatus;

  @Field(() => Int, { description: 'Days from today to the due day: 0 on the day, negative when overdue (剩余天数).' })
  daysLeft!: number;

  clock!: StatutoryClock;
}
