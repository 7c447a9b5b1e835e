import { recordEvent } from '../../../platform/events/record-event.js';
import { badUserInput, conflict } from '../../../platform/errors/error-codes.js';
import type { PartyContext } from '../party.loaders.js';
import { DeliberationOutcome } from './governance-kinds.js';
import { JointMeeting, type StoredParticipant } from './joint-meeting.entity.js';
import { MatterDeliberation } from './matter-deliberation.entity.js';
import type { ConveneJointMeetingInput, RecordDeliberationInput } from './joint-meeting.input.js';
import { assertMayConveneMeeting, assertMayRecordDeliberation } from './joint-meeting.access.js';
import { loadBranch, loadNeighborhoodAndBranch, loadVisibleMatter, loadVisibleMeeting } from './governance-lookup.js';

/**
 * Records a joint meeting (召开三方联席会议) for a neighborhood of the party register: its branch, or the offices over
 * it. Each person takes one seat; the meeting keeps its participants.
 */
export async function conveneJointMeeting(ctx: PartyContext, input: ConveneJointMeetingInput): Promise<JointMeeting> {
  const { place, branch } = await loadNeighborhoodAndBranch(ctx, input.neighborhoodId);
  assertMayConveneMeeting(ctx.caller, branch);
  const participants: StoredParticipant[] = input.participants.map((participant) => ({
    personId: participant.personId.toLowerCase(),
    capacity: participant.capacity,
    organization: participant.organization ? { type: participant.organization.type, id: participant.organization.id.toLowerCase() } : null,
    attended: participant.attended,
  }));
  if (new Set(participants.map((participant) => participant.personId)).size !== participants.length) {
    throw badUserInput('Each person takes one seat: list every participant once.', { field: 'participants' });
  }
  const location = input.location.trim();
  if (location.length < 2) throw badUserInput('location must have at least 2 characters besides spaces.', { field: 'location' });
  const meeting = ctx.em.create(JointMeeting, {
    neighborhoodId: place.id,
    districtId: place.districtId,
    streetId: place.streetId,
    communityId: place.communityId!,
    convenedById: branch.id,
    heldAt: input.heldAt,
    location,
    minutes: input.minutes?.trim() ?? '',
    participants,
  });
  await ctx.em.flush();
  return meeting;
}

/**
 * Records a held meeting's decision on a matter of its neighborhood (商议): the convening branch, or the offices
 * over it. AGREED and REJECTED are final; a DEFERRED matter goes to a later meeting.
 */
export async function recordDeliberation(ctx: PartyContext, input: RecordDeliberationInput): Promise<MatterDeliberation> {
  const meeting = await loadVisibleMeeting(ctx, input.meetingId, 'meetingId');
  const branch = await loadBranch(ctx, meeting.convenedById);
  assertMayRecordDeliberation(ctx.caller, branch);
  const matter = await loadVisibleMatter(ctx, input.matterId, 'matterId');
  if (matter.neighborhoodId !== meeting.neighborhoodId) {
    throw badUserInput("The matter is of another neighborhood: a joint meeting deliberates only its own neighborhood's matters.", { field: 'matterId' });
  }
  if (matter.withdrawnOn !== null) throw conflict(`This matter was withdrawn on ${matter.withdrawnOn}: a withdrawn matter is not deliberated.`, { matterId: matter.id });
  if (meeting.heldAt.getTime() > Date.now()) {
    throw badUserInput(`The meeting is to be held at ${meeting.heldAt.toISOString()}: record its deliberations after it was held.`, { field: 'meetingId' });
  }
  const earlier = await ctx.loaders.deliberationsOfMatter.load(matter.id);
  const decided = earlier.find((deliberation) => deliberation.outcome !== DeliberationOutcome.DEFERRED);
  if (decided) throw conflict(`This matter was already ${decided.outcome} by a joint meeting; a decided matter is not deliberated again.`, { matterId: matter.id });
  if (earlier.some((deliberation) => deliberation.meetingId === meeting.id)) {
    throw conflict('This meeting already deliberated the matter (deferred it): take it up at a later meeting.', { matterId: matter.id });
  }
  const deliberation = ctx.em.create(MatterDeliberation, { meetingId: meeting.id, matterId: matter.id, outcome: input.outcome, note: input.note.trim() });
  recordEvent(ctx.em, { type: 'governance.matter.deliberated', place: matter, recordType: 'MatterDeliberation', recordId: deliberation.id, matterId: matter.id, detail: input.outcome });
  await ctx.em.flush();
  return deliberation;
}
