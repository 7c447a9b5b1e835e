import type { EntityManager } from '@mikro-orm/postgresql';
import type { VolunteerActivity } from '../volunteer/volunteer-activity.entity.js';
import { PointsEntry, PointsEntryKind } from './points-entry.entity.js';
import { DEFAULT_POINTS_PER_HOUR, PointsRule, pointsForHours } from './points-rule.entity.js';

/** Credits each participant of a recorded activity with points by their district's rule, in the same flush. */
export async function creditServicePoints(em: EntityManager, activity: VolunteerActivity, personIds: readonly string[], recordedBy: string, recordedAt: Date): Promise<void> {
  const rule = await em.findOne(PointsRule, { districtId: activity.districtId });
  const points = pointsForHours(activity.hours, rule?.pointsPerHour ?? DEFAULT_POINTS_PER_HOUR);
  if (points <= 0) return;
  for (const personId of personIds) {
    em.create(PointsEntry, {
      personId,
      kind: PointsEntryKind.EARNED_FOR_SERVICE,
      points,
      activityId: activity.id,
      recordedBy,
      recordedAt,
      districtId: activity.districtId,
      streetId: activity.streetId,
      communityId: activity.communityId,
    });
  }
}

/** A person's balance: the sum of their whole ledger. */
export async function balanceOf(em: EntityManager, personId: string): Promise<number> {
  const [row] = await em.getConnection().execute<{ balance: string }[]>(`select coalesce(sum(points), 0) as balance from cobuilding.points_entry where person_id = ?`, [personId]);
  return Number(row.balance);
}
