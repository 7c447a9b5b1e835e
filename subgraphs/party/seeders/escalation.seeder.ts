import type { EntityManager } from '@mikro-orm/postgresql';
import type { DistrictPlan } from '../../../infra/demo/district-plan.js';
import { SeededRandom } from '../../../infra/demo/random.js';
import { Escalation } from '../src/escalation/escalation.entity.js';
import { EscalationCall } from '../src/escalation/escalation-call.entity.js';
import { DEFAULT_RESPONSE_HOURS, EscalationCallOutcome, EscalationCallReason, EscalationStatus, EscalationSubject, LADDER } from '../src/escalation/escalation-kinds.js';

/** The escalation seeder's own generator seed. */
export const ESCALATION_SEED = 3018;

const PROBLEMS = ['地下车库漏水', '电梯频繁故障', '小区路灯损坏', '楼顶防水层老化', '消防通道被占', '雨污管网堵塞'];
const HOUR_MS = 3_600_000;

/**
 * One solved escalation per branch, solved at a level that climbs with the branch's index (most at the lower rungs),
 * with every level below answered by calling up. Holders are left unrecorded in demo data.
 */
export function planEscalations(plan: DistrictPlan): { escalations: Escalation[]; calls: EscalationCall[] } {
  const random = new SeededRandom(ESCALATION_SEED);
  const escalations: Escalation[] = [];
  const calls: EscalationCall[] = [];
  const neighborhoods = new Map(plan.neighborhoods.map((neighborhood) => [neighborhood.id, neighborhood]));
  plan.partyBranches.forEach((branch, index) => {
    const neighborhood = neighborhoods.get(branch.neighborhoodIds[0])!;
    const solvedAt = [0, 0, 0, 1, 1, 2, 3, 4][index % 8];
    let at = new Date(Date.UTC(2025, random.int(0, 11), random.int(1, 28), 9));
    const escalation = Object.assign(new Escalation(), {
      id: random.uuid(),
      subject: EscalationSubject.NEIGHBORHOOD_PROBLEM,
      title: PROBLEMS[index % PROBLEMS.length],
      description: `${neighborhood.name}：${PROBLEMS[index % PROBLEMS.length]}`,
      neighborhoodId: neighborhood.id,
      branchId: branch.id,
      raisedBy: 'demo-seed',
      status: EscalationStatus.RESOLVED,
      currentLevel: LADDER[solvedAt],
      resolvedLevel: LADDER[solvedAt],
      resolvedBy: 'demo-seed',
      districtId: neighborhood.districtId,
      streetId: neighborhood.streetId,
      communityId: neighborhood.communityId,
    });
    for (let rung = 0; rung <= solvedAt; rung++) {
      const level = LADDER[rung];
      const dueAt = new Date(at.getTime() + DEFAULT_RESPONSE_HOURS[level] * HOUR_MS);
      const answeredAt = new Date(at.getTime() + 24 * HOUR_MS);
      calls.push(
        Object.assign(new EscalationCall(), {
          escalationId: escalation.id,
          level,
          reason: rung === 0 ? EscalationCallReason.RAISED : EscalationCallReason.CALLED_UP,
          calledAt: at,
          dueAt,
          answeredAt,
          answeredBy: 'demo-seed',
          answer: rung === solvedAt ? '已协调解决' : '需上级协调',
          outcome: rung === solvedAt ? EscalationCallOutcome.RESOLVED : EscalationCallOutcome.CALLED_UP,
        }),
      );
      escalation.dueAt = dueAt;
      escalation.resolvedAt = answeredAt;
      at = answeredAt;
    }
    escalations.push(escalation);
  });
  return { escalations, calls };
}

export async function seedEscalations(em: EntityManager, plan: DistrictPlan): Promise<void> {
  const { escalations, calls } = planEscalations(plan);
  for (let start = 0; start < escalations.length; start += 1000) await em.insertMany(Escalation, escalations.slice(start, start + 1000));
  for (let start = 0; start < calls.length; start += 1000) await em.insertMany(EscalationCall, calls.slice(start, start + 1000));
}
