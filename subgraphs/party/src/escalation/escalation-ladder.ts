import type { EntityManager } from '@mikro-orm/postgresql';
import { PartyOrganization } from '../organization/organization.entity.js';
import { PartyOrganizationKind } from '../organization/organization-kinds.js';
import { PartyPost } from '../post/post.entity.js';
import { PartyPostKind } from '../post/post-kinds.js';
import { Escalation } from './escalation.entity.js';
import { EscalationCall } from './escalation-call.entity.js';
import { EscalationLimit } from './escalation-limit.entity.js';
import { DEFAULT_RESPONSE_HOURS, EscalationCallReason, EscalationLevel } from './escalation-kinds.js';

const HOUR_MS = 3_600_000;

/** The hours a level of a district has to answer: the district's own limit, else the default. */
export async function responseHours(em: EntityManager, districtId: string, level: EscalationLevel): Promise<number> {
  const limit = await em.findOne(EscalationLimit, { districtId, level });
  return limit?.hours ?? DEFAULT_RESPONSE_HOURS[level];
}

/**
 * Who holds a level for a branch: the branch, its community committee or its street working committee (from the
 * stored tree), and that organisation's secretary in office today. The county levels sit outside the tree: the
 * DISTRICT office answers for them and no holder is recorded.
 */
export async function holderOf(em: EntityManager, branch: PartyOrganization, level: EscalationLevel, now: Date): Promise<{ organizationId: string | null; personId: string | null }> {
  let organization: PartyOrganization | null = null;
  if (level === EscalationLevel.NEIGHBORHOOD_BRANCH_SECRETARY) organization = branch;
  else if (level === EscalationLevel.COMMUNITY_COMMITTEE_SECRETARY || level === EscalationLevel.STREET_WORKING_COMMITTEE_SECRETARY) {
    const kind = level === EscalationLevel.COMMUNITY_COMMITTEE_SECRETARY ? PartyOrganizationKind.COMMUNITY_COMMITTEE : PartyOrganizationKind.STREET_WORKING_COMMITTEE;
    organization = await em.findOne(PartyOrganization, { id: { $in: branch.ancestorIds }, kind });
  }
  if (!organization) return { organizationId: null, personId: null };
  const day = now.toISOString().slice(0, 10);
  const secretary = await em.findOne(PartyPost, { organizationId: organization.id, kind: PartyPostKind.SECRETARY, termStart: { $lte: day }, termEnd: { $gte: day } });
  return { organizationId: organization.id, personId: secretary?.personId ?? null };
}

/** Calls `level` for an escalation at `now` (the server's clock): a new call row, and the escalation's position. */
export async function callLevel(em: EntityManager, escalation: Escalation, branch: PartyOrganization, level: EscalationLevel, reason: EscalationCallReason, now: Date): Promise<EscalationCall> {
  const holder = await holderOf(em, branch, level, now);
  const dueAt = new Date(now.getTime() + (await responseHours(em, escalation.districtId, level)) * HOUR_MS);
  escalation.currentLevel = level;
  escalation.dueAt = dueAt;
  return em.create(EscalationCall, {
    escalationId: escalation.id,
    level,
    reason,
    holderOrganizationId: holder.organizationId,
    holderPersonId: holder.personId,
    calledAt: now,
    dueAt,
  });
}
