import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OwnersContext } from '../owners.loaders.js';
import { PersonStub } from '../stubs/registry.stub.js';
import { OwnersMotion } from '../assembly/owners-motion.entity.js';
import { ElectionCandidate } from './election-candidate.entity.js';

@Resolver(() => ElectionCandidate)
export class ElectionCandidateResolver {
  @FieldResolver(() => PersonStub, { description: 'The candidate (registry; the name as the registry shows it to you).' })
  person(@Root() candidate: ElectionCandidate): PersonStub {
    return { id: candidate.personId };
  }

  @FieldResolver(() => OwnersMotion, { description: 'The motion owners vote on for this candidate (表决事项): FOR elects, AGAINST and ABSTAIN do not.' })
  async motion(@Root() candidate: ElectionCandidate, @Ctx() ctx: OwnersContext): Promise<OwnersMotion> {
    return (await ctx.loaders.motion.load(candidate.motionId))!;
  }
}
