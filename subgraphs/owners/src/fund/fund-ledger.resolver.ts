import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root, registerEnumType } from 'type-graphql';
import type { OwnersContext } from '../owners.loaders.js';
import { inScope } from '../access/owners-scope.js';
import { readsMotionsAsOwner } from '../access/ballot-access.js';
import { DecimalScalar } from '../../../platform/scalars/decimal.js';
import { NeighborhoodStub } from '../stubs/registry.stub.js';
import { Resolution } from '../resolution/resolution.entity.js';
import { OwnersFundEntry } from './fund-entry.entity.js';
import { ENTRY_EFFECT, formatCents, fundLedgers, type Fund } from './fund-ledger.js';

enum OwnersFund {
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
class LedgerLine {
  @Field(() => OwnersFundEntry, { description: 'The entry (记账凭证).' })
  entry!: OwnersFundEntry;

  @Field(() => DecimalScalar, { description: 'Its signed change of the fund in yuan (收支金额): income positive, use and spending negative.' })
  change!: string;

  @Field(() => DecimalScalar, { description: 'The fund\'s balance after it, in yuan (余额).' })
  runningBalance!: string;
}

@ObjectType('OwnersFundAccount', { description: "One fund's ledger (资金台账): entries oldest first with running balances." })
class FundAccount {
  @Field(() => OwnersFund, { description: 'Which fund (资金类别).' })
  fund!: Fund;

  @Field(() => DecimalScalar, { description: 'Balance after every entry, in yuan (余额).' })
  balance!: string;

  @Field(() => [LedgerLine], { description: 'Entries, oldest first (明细).' })
  lines!: LedgerLine[];
}

@Resolver(() => NeighborhoodStub)
export class NeighborhoodFundLedgerResolver {
  @FieldResolver(() => [FundAccount], {
    description:
      "The neighborhood's maintenance-fund and public-revenue ledgers (资金台账, 民法典第二百八十一条: owners may check them): the committee, the area " +
      'offices, the party branch and the owners of the neighborhood; empty for everyone else.',
  })
  async ownersFundLedger(@Root() neighborhood: NeighborhoodStub, @Ctx() ctx: OwnersContext): Promise<FundAccount[]> {
    const scope = await ctx.loaders.scope();
    const entries = await ctx.loaders.fundEntriesOfNeighborhood.load(neighborhood.id.toLowerCase());
    const readable = entries.filter((entry) => inScope(scope, entry) && (!scope.publishedOnly || readsMotionsAsOwner(ctx.caller)));
    return [...fundLedgers(readable)].map(([fund, ledger]) => ({
      fund,
      balance: formatCents(ledger.balance),
      lines: ledger.lines.map((line) => ({ entry: line.entry, change: formatCents(line.change), runningBalance: formatCents(line.runningBalance) })),
    }));
  }
}

@Resolver(() => OwnersFundEntry)
export class FundEntryFieldsResolver {
  @FieldResolver(() => OwnersFund, { description: 'The fund it belongs to (资金类别).' })
  fund(@Root() entry: OwnersFundEntry): Fund {
    return ENTRY_EFFECT[entry.kind].fund;
  }

  @FieldResolver(() => Resolution, {
    nullable: true,
    description: 'The resolution it rests on (依据决议); null when a documented emergency stands in for one (see emergencyReason) or you may not read it.',
  })
  async resolution(@Root() entry: OwnersFundEntry, @Ctx() ctx: OwnersContext): Promise<Resolution | null> {
    if (!entry.resolutionId) return null;
    const resolution = await ctx.loaders.resolution.load(entry.resolutionId);
    const scope = await ctx.loaders.scope();
    if (!resolution || !inScope(scope, resolution)) return null;
    if (scope.publishedOnly && (await ctx.loaders.publicationOfResolution.load(resolution.id)).length === 0) return null;
    return resolution;
  }
}
