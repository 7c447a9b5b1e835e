import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { PartyContext } from '../party.loaders.js';
import { GovernanceMatter } from './governance-matter.entity.js';
import { WithdrawGovernanceMatterInput } from './governance-matter.input.js';
import { withdrawGovernanceMatter } from './matter-withdrawal.service.js';

@Resolver(() => GovernanceMatter)
export class MatterWithdrawalResolver {
  @Mutation(() => GovernanceMatter, {
    description:
      'Withdraws a governance matter (撤回) while no joint meeting has agreed or rejected it; the record stays with who, when (server day) and why. The branch that may propose it, or the offices over it.',
  })
  withdrawGovernanceMatter(
    @Arg('input', () => WithdrawGovernanceMatterInput, { description: 'Which matter, the version read, and why.' }) input: WithdrawGovernanceMatterInput,
    @Ctx() ctx: PartyContext,
  ): Promise<GovernanceMatter> {
    return withdrawGovernanceMatter(ctx, input);
  }
}
