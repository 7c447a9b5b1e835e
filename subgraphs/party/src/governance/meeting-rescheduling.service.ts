import { recordEvent } from '../../../platform/events/record-event.js';
import { badUserInput, conflict } from '../../../platform/errors/error-codes.js';
import { assertAtVersion } from '../../../platform/orm/expected-version.js';
import type { PartyContext } from '../party.loaders.js';
import type { JointMeeting } from './joint-meeting.entity.js';
import type { RescheduleJointMeetingInput } from './joint-meeting.input.js';
import { JointMeetingRescheduling } from './meeting-rescheduling.entity.js';
import { assertMayRescheduleMeeting } from './joint-meeting.access.js';
import { loadBranch, loadVisibleMeeting } from './governance-lookup.js';

/**
 * Reschedules a joint meeting (改期): only one still SCHEDULED (its time is after the server's now, so nothing was
 * deliberated there), to a new time also after now; the branch that convened it or the offices over it. The
 * meeting takes the new time; the old one, the reason, who and when are kept in an append-only row.
 */
export async function rescheduleJointMeeting(ctx: PartyContext, input: RescheduleJointMeetingInput): Promise<JointMeeting> {
  const meeting = await loadVisibleMeeting(ctx, input.meetingId, 'meetingId');
  const branch = await loadBranch(ctx, meeting.convenedById);
  assertMayRescheduleMeeting(ctx.caller, branch);
  assertAtVersion(meeting, input.expectedVersion, { noun: 'meeting', versionExtension: false });
  const now = ctx.clock.now();
  if (meeting.heldAt.getTime() <= now.getTime()) throw conflict('This meeting has already been held: a held meeting is not rescheduled (convene a new one).');
  if (input.heldAt.getTime() <= now.getTime()) throw badUserInput('The new time must be in the future (by the server clock).', { field: 'heldAt' });
  if (input.heldAt.getTime() === meeting.heldAt.getTime()) throw badUserInput('The new time is the time already set: give another.', { field: 'heldAt' });
  ctx.em.create(JointMeetingRescheduling, {
    createdAt: now,
    meetingId: meeting.id,
    previousHeldAt: meeting.heldAt,
    heldAt: input.heldAt,
    reason: input.reason.trim(),
    rescheduledBy: ctx.caller.subject,
  });
  meeting.heldAt = input.heldAt;
  recordEvent(ctx.em, { type: 'governance.meeting.rescheduled', place: meeting, recordType: 'JointMeeting', recordId: meeting.id, organizationId: branch.id });
  await ctx.em.flush();
  return meeting;
}
