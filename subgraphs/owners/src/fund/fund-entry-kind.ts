import { registerEnumType } from 'type-graphql';

export enum FundEntryKind {
  MAINTENANCE_FUND_USE = 'MAINTENANCE_FUND_USE',
  PUBLIC_REVENUE_INCOME = 'PUBLIC_REVENUE_INCOME',
  PUBLIC_REVENUE_EXPENSE = 'PUBLIC_REVENUE_EXPENSE',
}
registerEnumType(FundEntryKind, {
  name: 'OwnersFundEntryKind',
  description: 'A maintenance-fund application or a public-revenue ledger entry (维修资金/公共收益).',
  valuesConfig: {
    MAINTENANCE_FUND_USE: { description: 'Application to use the maintenance fund (维修资金使用申请): needs a passed USE_MAINTENANCE_FUND resolution or a documented emergency.' },
    PUBLIC_REVENUE_INCOME: { description: 'Income from common parts (公共收益收入, e.g. advertising): needs a passed CHANGE_COMMON_PARTS_USE resolution.' },
    PUBLIC_REVENUE_EXPENSE: { description: 'Spending public revenue (公共收益支出): needs a passed OTHER_MAJOR_MATTER or USE_MAINTENANCE_FUND resolution, or a documented emergency.' },
  },
});
