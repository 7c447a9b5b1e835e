import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OwnersContext } from '../owners.loaders.js';
import { OwnersCommittee } from './owners-committee.entity.js';
import { CommitteeOfficerChoice } from './committee-officers.entity.js';

@Resolver(() => OwnersCommittee)
export class CommitteeOfficerChoicesResolver {
  @FieldResolver(() => [CommitteeOfficerChoice], { description: 'Every choice of officers the committee made, oldest first (主任、副主任推选记录).' })
  officerChoices(@Root() committee: OwnersCommittee, @Ctx() ctx: OwnersContext): Promise<CommitteeOfficerChoice[]> {
    return ctx.em.find(CommitteeOfficerChoice, { committeeId: committee.id }, { orderBy: { recordedAt: 'asc', id: 'asc' } });
  }
}
