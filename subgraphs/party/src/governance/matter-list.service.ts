import type { FilterQuery } from '@mikro-orm/core';
import { MatterStep } from '../../../platform/access/matter-certificate.js';
import { badUserInput } from '../../../platform/errors/error-codes.js';
import type { PartyContext } from '../party.loaders.js';
import { GovernanceStage } from './governance-kinds.js';
import type { GovernanceMatter } from './governance-matter.entity.js';
import type { NeighborhoodMattersArgs } from './governance-matter.input.js';

/** Stages reached only through the owners' assembly (决议). */
const OWNERS_STAGES: ReadonlySet<GovernanceStage> = new Set([GovernanceStage.RESOLVING, GovernanceStage.NOT_ADOPTED, GovernanceStage.RESOLVED]);

/** Ids of a neighborhood's matters a joint meeting AGREED or REJECTED (final outcomes), one statement. */
async function decidedMatters(ctx: PartyContext, neighborhoodId: string): Promise<{ agreed: string[]; rejected: string[] }> {
  const rows = await ctx.em.getConnection().execute<{ matter_id: string; outcome: string }[]>(
    `select distinct d.matter_id, d.outcome from party.matter_deliberation d join party.governance_matter m on m.id = d.matter_id
      where m.neighborhood_id = ? and d.outcome in ('AGREED', 'REJECTED')`,
    [neighborhoodId],
  );
  return { agreed: rows.filter((row) => row.outcome === 'AGREED').map((row) => row.matter_id), rejected: rows.filter((row) => row.outcome === 'REJECTED').map((row) => row.matter_id) };
}

/**
 * The where-clause for a neighborhood's matters with the list's filters. Stage and next step are narrowed by the
 * party's own records only (the other subgraphs' facts arrive per node through the gateway), so a page may hold a
 * matter that has since moved on; its `stage` and `nextStep` fields are exact.
 */
export async function neighborhoodMattersWhere(ctx: PartyContext, neighborhoodId: string, args: NeighborhoodMattersArgs): Promise<FilterQuery<GovernanceMatter>> {
  if (args.proposedFrom && args.proposedTo && args.proposedTo < args.proposedFrom) {
    throw badUserInput('proposedTo must not come before proposedFrom.', { field: 'proposedTo' });
  }
  const parts: FilterQuery<GovernanceMatter>[] = [{ neighborhoodId }];
  if (args.category) parts.push({ category: args.category });
  if (args.proposedFrom) parts.push({ proposedOn: { $gte: args.proposedFrom } });
  if (args.proposedTo) parts.push({ proposedOn: { $lte: args.proposedTo } });
  if (args.stage || args.nextStep) {
    const { agreed, rejected } = await decidedMatters(ctx, neighborhoodId);
    const agreedOnly: FilterQuery<GovernanceMatter> = { withdrawnOn: null, id: { $in: agreed, $nin: rejected } };
    if (args.nextStep) parts.push(agreedOnly, ...(args.nextStep === MatterStep.RESOLVE ? [{ needsOwnersDecision: true }] : []));
    if (args.stage === GovernanceStage.WITHDRAWN) parts.push({ withdrawnOn: { $ne: null } });
    else if (args.stage === GovernanceStage.PROPOSED) parts.push({ withdrawnOn: null, id: { $nin: [...agreed, ...rejected] } });
    else if (args.stage === GovernanceStage.REJECTED) parts.push({ withdrawnOn: null, id: { $in: rejected } });
    else if (args.stage) parts.push(agreedOnly, ...(OWNERS_STAGES.has(args.stage) ? [{ needsOwnersDecision: true }] : []));
  }
  return { $and: parts } as FilterQuery<GovernanceMatter>;
}
