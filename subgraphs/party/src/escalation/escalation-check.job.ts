import { LockMode } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { integerVariable, type Environment } from '../../../platform/config/environment.js';
import type { BackgroundJob } from '../../../platform/federation/subgraph-module.js';
import type { Clock } from '../../../platform/clock/clock.js';
import { PartyOrganization } from '../organization/organization.entity.js';
import { Escalation } from './escalation.entity.js';
import { EscalationCall } from './escalation-call.entity.js';
import { EscalationCallOutcome, EscalationCallReason, EscalationLevel, EscalationStatus, levelAbove } from './escalation-kinds.js';
import { callLevel } from './escalation-ladder.js';
import { recordEscalationEvent } from './escalation.events.js';
import { startPeriodicPass } from '../../../platform/background/periodic-pass.js';

/** How many overdue escalations one check moves up at most; the next check takes the rest. */
const BATCH = 200;

/**
 * Moves every overdue escalation one level up (超时上移), at the server's clock. Rows are locked with SKIP LOCKED,
 * so replicas checking at once, or an answer arriving meanwhile, never move one twice. At the top (县委书记) an
 * overdue call stays where it is: there is nobody above. Returns how many moved.
 */
export async function moveOverdueEscalations(orm: MikroORM, now: Date): Promise<number> {
  return orm.em.fork().transactional(async (em) => {
    const overdue = await em.find(
      Escalation,
      { status: EscalationStatus.OPEN, dueAt: { $lt: now }, currentLevel: { $ne: EscalationLevel.COUNTY_SECRETARY } },
      { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, limit: BATCH, orderBy: { dueAt: 'asc' } },
    );
    if (!overdue.length) return 0;
    const ids = overdue.map((escalation) => escalation.id);
    const [branches, openCalls] = await Promise.all([
      em.find(PartyOrganization, { id: { $in: overdue.map((escalation) => escalation.branchId) } }),
      em.find(EscalationCall, { escalationId: { $in: ids }, outcome: null }),
    ]);
    for (const escalation of overdue) {
      for (const call of openCalls.filter((candidate) => candidate.escalationId === escalation.id)) Object.assign(call, { outcome: EscalationCallOutcome.OVERDUE, answeredAt: now });
      const branch = branches.find((candidate) => candidate.id === escalation.branchId)!;
      await callLevel(em, escalation, branch, levelAbove(escalation.currentLevel)!, EscalationCallReason.OVERDUE, now);
      recordEscalationEvent(em, escalation, 'party.escalation.overdue');
    }
    return overdue.length;
  });
}

/** The scheduled check, run inside the party service (not by any client), at the service's clock of legal effect. */
export function startEscalationChecks(orm: MikroORM, env: Environment, logger: Logger, clock: Clock): BackgroundJob {
  // ESCALATION_CHECK_SECONDS: how often to look for overdue calls (default one minute).
  const intervalSeconds = integerVariable(env, 'ESCALATION_CHECK_SECONDS', 60, 1, 3600);
  return startPeriodicPass({
    intervalMs: intervalSeconds * 1000,
    logger,
    failure: 'escalation check failed; will retry',
    pass: () => moveOverdueEscalations(orm, clock.now()),
    report: (moved) => {
      if (moved) logger.info({ moved }, 'overdue escalations moved up');
    },
  });
}
