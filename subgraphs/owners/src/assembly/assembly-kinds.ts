import { registerEnumType } from 'type-graphql';

export enum AssemblyForm {
  ON_SITE = 'ON_SITE',
  WRITTEN = 'WRITTEN',
  ONLINE = 'ONLINE',
}
registerEnumType(AssemblyForm, {
  name: 'OwnersAssemblyForm',
  description: "How an owners' assembly is held (业主大会召开形式).",
  valuesConfig: {
    ON_SITE: { description: 'Meeting on site (集体讨论).' },
    WRITTEN: { description: 'Written consultation (书面征求意见).' },
    ONLINE: { description: 'Online voting (网络投票).' },
  },
});

export enum AssemblyStatus {
  CONVENED = 'CONVENED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(AssemblyStatus, {
  name: 'OwnersAssemblyStatus',
  description: "Whether an owners' assembly stands (会议状态).",
  valuesConfig: {
    CONVENED: { description: 'Convened and noticed (已召集): meets at `meetsOn`, perhaps after postponements.' },
    CANCELLED: { description: 'Cancelled before it met, with a reason (已取消); no ballots are accepted.' },
  },
});

export enum AssemblyNoticeKind {
  CONVENED = 'CONVENED',
  POSTPONED = 'POSTPONED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(AssemblyNoticeKind, {
  name: 'OwnersAssemblyNoticeKind',
  description: "A notice given about an owners' assembly (会议公告).",
  valuesConfig: {
    CONVENED: { description: 'The notice convening it (召开公告).' },
    POSTPONED: { description: 'A new date (延期公告): the 15 days run again from this notice.' },
    CANCELLED: { description: 'Its cancellation (取消公告).' },
  },
});

export enum MotionStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(MotionStatus, {
  name: 'OwnersMotionStatus',
  description: 'Whether a motion is open for ballots (表决状态).',
  valuesConfig: { OPEN: { description: 'Accepting ballots (表决中).' }, CLOSED: { description: 'Closed and tallied (已计票).' } },
});
