import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DecimalScalar } from '../../../platform/scalars/decimal.js';
import { OwnersFundEntry } from './fund-entry.entity.js';
import type { Fund } from './fund-ledger.js';

export enum OwnersFund {
  MAINTENANCE_FUND = 'MAINTENANCE_FUND',
  PUBLIC_REVENUE = 'PUBLIC_REVENUE',
}
registerEnumType(OwnersFund, {
  name: 'OwnersFund',
  description: 'A fund of the neighborhood (资金类别).',
  valuesConfig: {
    MAINTENANCE_FUND: { description: 'The maintenance fund (专项维修资金): its balance here is what the neighborhood has drawn (held by the housing authority).' },
    PUBLIC_REVENUE: { description: 'Public revenue from common parts (公共收益): income less spending.' },
  },
});

@ObjectType('OwnersLedgerLine', { description: 'One entry of a fund ledger with the balance after it (台账明细).' })
export class LedgerLine {
  @Field(() => OwnersFundEntry, { description: 'The entry (记账凭证).' })
  entry!: OwnersFundEntry;

  @Field(() => DecimalScalar, { description: 'Its signed change of the fund in yuan (收支金额): income positive, use and spending negative.' })
  change!: string;

  @Field(() => DecimalScalar, { description: 'The fund\'s balance after it, in yuan (余额).' })
  runningBalance!: string;
}

@ObjectType('OwnersFundAccount', { description: "One fund's ledger (资金台账): entries oldest first with running balances." })
export class FundAccount {
  @Field(() => OwnersFund, { description: 'Which fund (资金类别).' })
  fund!: Fund;

  @Field(() => DecimalScalar, { description: 'Balance after every entry, in yuan (余额).' })
  balance!: string;

  @Field(() => [LedgerLine], { description: 'Entries, oldest first (明细).' })
  lines!: LedgerLine[];
}
