import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OwnersContext } from '../owners.loaders.js';
import { inScope } from '../access/owners-scope.js';
import { readsMotionsAsOwner } from '../ballot/ballot.access.js';
import { NeighborhoodStub } from '../stubs/registry.stub.js';
import { formatCents, fundLedgers } from './fund-ledger.js';
import { FundAccount } from './fund-ledger.type.js';

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
