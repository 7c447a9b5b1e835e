import { badUserInput, conflict } from '../../../platform/errors/error-codes.js';
import { assertResponsibleFor } from '../access/party-access.js';
import type { PartyContext } from '../party.loaders.js';
import { MEMBERSHIP_HOLDERS } from '../organization/organization-kinds.js';
import { loadOrganization } from '../organization/organization-lookup.js';
import { assertVersion } from '../organization/organization-change.service.js';
import type { PartyMember } from './member.entity.js';
import { PartyMemberCategory } from './member-kinds.js';
import { loadVisibleMember } from './member.access.js';
import { PartyMemberTransfer } from './member-transfer.entity.js';
import type { ConvertProbationaryMemberInput, TransferPartyMemberInput } from './member-change.input.js';
import { assertProbationServed } from './probation.js';

async function loadHeldMember(ctx: PartyContext, memberId: string, version: number, action: string): Promise<PartyMember> {
  const member = await loadVisibleMember(ctx, memberId, 'memberId');
  const organization = (await ctx.loaders.organization.load(member.organizationId))!;
  assertResponsibleFor(ctx.caller, organization, action);
  assertVersion(member, version, 'membership');
  if (member.leftOn !== null) throw conflict(`This membership was transferred out of the system on ${member.leftOn}: it is no longer held here.`);
  return member;
}

/**
 * Transfers a membership (组织关系转接). Inside the system: to another organisation that holds memberships, both the
 * current and the receiving one the caller's responsibility; the member takes the new organisation's area. Out of the
 * system: the membership stays as a record, marked left with who, when (server day), why and where to. Either way an
 * append-only transfer row keeps the history.
 */
export async function transferPartyMember(ctx: PartyContext, input: TransferPartyMemberInput): Promise<PartyMember> {
  // Who may comes first: an outsider learns nothing about the input's shape.
  const member = await loadHeldMember(ctx, input.memberId, input.expectedVersion, 'transfer members');
  if ((input.toOrganizationId === undefined) === (input.destination === undefined)) {
    throw badUserInput('Give exactly one of toOrganizationId (an organisation in this system) and destination (somewhere outside it).', { field: 'toOrganizationId' });
  }
  const day = ctx.clock.now().toISOString().slice(0, 10);
  const transfer = {
    createdAt: ctx.clock.now(),
    memberId: member.id,
    fromOrganizationId: member.organizationId,
    reason: input.reason.trim(),
    transferredOn: day,
    transferredBy: ctx.caller.subject,
  };
  if (input.toOrganizationId !== undefined) {
    const target = await loadOrganization(ctx, input.toOrganizationId, 'toOrganizationId');
    assertResponsibleFor(ctx.caller, target, 'receive members');
    if (!MEMBERSHIP_HOLDERS.has(target.kind)) throw badUserInput(`A ${target.kind} does not hold memberships: transfer the member to its branch.`, { field: 'toOrganizationId' });
    if (target.dissolvedOn !== null) throw badUserInput(`${target.name} has been dissolved: choose an organisation that stands.`, { field: 'toOrganizationId' });
    if (target.id === member.organizationId) throw badUserInput('The membership is already held there.', { field: 'toOrganizationId' });
    ctx.em.create(PartyMemberTransfer, { ...transfer, toOrganizationId: target.id, destination: null });
    member.organizationId = target.id;
    member.districtId = target.districtId;
    member.streetId = target.streetId;
    member.communityId = target.communityId;
  } else {
    const destination = input.destination!.trim();
    ctx.em.create(PartyMemberTransfer, { ...transfer, toOrganizationId: null, destination });
    member.leftOn = day;
    member.leftBy = ctx.caller.subject;
    member.leavingReason = transfer.reason;
    member.leftTo = destination;
  }
  await ctx.em.flush();
  return member;
}

/** Converts a probationary member (转正) on the server's day, once the one-year probation has passed. */
export async function convertProbationaryMember(ctx: PartyContext, input: ConvertProbationaryMemberInput): Promise<PartyMember> {
  const member = await loadHeldMember(ctx, input.memberId, input.expectedVersion, 'convert members');
  if (member.category !== PartyMemberCategory.PROBATIONARY) throw conflict('This member is already a formal member: only a probationary member is converted.');
  if (member.probationStartedOn === null) {
    throw conflict("The start of this member's probation is not recorded: it cannot be checked that the year has passed.");
  }
  const today = ctx.clock.now().toISOString().slice(0, 10);
  assertProbationServed(member.probationStartedOn, today);
  member.category = PartyMemberCategory.FORMAL;
  member.convertedOn = today;
  member.convertedBy = ctx.caller.subject;
  await ctx.em.flush();
  return member;
}
