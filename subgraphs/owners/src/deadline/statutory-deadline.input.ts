// The arguments every area's `statutoryDeadlines` takes, and the opening of its description.

export const WITHIN_DAYS = { nullable: true, defaultValue: 30, description: 'List what falls due within this many days (0–366); overdue ones always.' } as const;
export const STATUS = { nullable: true, description: 'Only UPCOMING or only OVERDUE ones.' } as const;
export const DEADLINES_DESCRIPTION = "Statutory time limits of owners' committees not yet met (法定时限提醒), earliest first: ";
