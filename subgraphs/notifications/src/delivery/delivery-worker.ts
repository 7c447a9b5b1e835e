import type { MikroORM } from '@mikro-orm/postgresql';
import { Webhook } from 'standardwebhooks';
import type { Logger } from '../../../platform/logging/logger.js';
import { signedHeaders } from '../../../platform/events/event-envelope.js';
import type { NotificationsConfig } from '../notifications-config.js';
import { openSecret } from '../subscription/secret-box.js';
import { webhookUrlProblem } from '../subscription/webhook-url.js';
import { isDeadLetter, retryDelayMs } from './retry-schedule.js';
import { postWebhook } from './webhook-post.js';
import { startPeriodicPass, type PeriodicPass } from '../../../platform/background/periodic-pass.js';

/** Retries a worker wakes itself for (beyond them, its timer finds what is due). */
const MAX_RETRIES_AWAITED = 1000;

const BLOCKED = 'refused: the host is or resolves to a private, loopback, link-local or reserved address';

interface DueDelivery {
  id: string;
  attempts: number;
  event_id: string;
  body: string;
  url: string;
  secret_sealed: string;
}

export interface DeliveryWorker extends Pick<PeriodicPass<number>, 'nudge' | 'pause' | 'resume' | 'stop'> {
  /** Sends what is due now; resolves with how many deliveries were attempted. */
  deliverOnce(): Promise<number>;
}

/**
 * Sends queued webhook deliveries. Each pass locks the due ones (FOR UPDATE SKIP LOCKED, so replicas never pick the
 * same delivery), skipping any whose record has an earlier event still pending for the same subscription, so a
 * subscriber receives each record's events in order. A 2xx answer delivers; anything else is retried with
 * exponential backoff until the attempts are used up, then the delivery is dead-lettered (replayable). Every
 * attempt is logged. The webhook-id is the event id, the same on every retry, for the subscriber to de-duplicate.
 * It is nudged when events are stored and after each mutation (a replay), and wakes itself when a retry falls due;
 * the timer delivers what other replicas queued.
 */
export function startDeliveryWorker(orm: MikroORM, config: NotificationsConfig, logger: Logger): DeliveryWorker {
  async function attempt(delivery: DueDelivery): Promise<{ statusCode: number | null; error: string | null; durationMs: number; blocked?: boolean }> {
    const started = Date.now();
    const problem = webhookUrlProblem(delivery.url, config.allowLoopback);
    if (problem) return { statusCode: null, error: problem, durationMs: 0, blocked: true };
    try {
      const signer = new Webhook(openSecret(delivery.secret_sealed, config.secretKey));
      const statusCode = await postWebhook(delivery.url, {
        headers: { 'content-type': 'application/json', 'user-agent': 'cogovernance-webhooks/1', ...signedHeaders(signer, delivery.event_id, delivery.body) },
        body: delivery.body,
        timeoutMs: config.timeoutMs,
        allowLoopback: config.allowLoopback,
      });
      const ok = statusCode >= 200 && statusCode < 300;
      return { statusCode, error: ok ? null : `answered ${statusCode}`, durationMs: Date.now() - started };
    } catch (error) {
      const name = (error as Error).name;
      const reason = name === 'BlockedAddressError' ? BLOCKED : name === 'TimeoutError' || name === 'AbortError' ? `no answer within ${config.timeoutMs} ms` : 'could not connect';
      return { statusCode: null, error: reason, durationMs: Date.now() - started, blocked: reason === BLOCKED };
    }
  }

  /**
   * When the retries this process scheduled fall due, earliest first, to wake the worker then (its timer delivers
   * the rest). Bounded: past that many waiting, a retry waits for the timer.
   */
  const retriesDue: number[] = [];
  let retryTimer: NodeJS.Timeout | null = null;
  function armRetryTimer(): void {
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
    if (retriesDue.length === 0) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      while (retriesDue.length && retriesDue[0] <= Date.now()) retriesDue.shift();
      periodic.nudge();
      armRetryTimer();
    }, Math.max(0, retriesDue[0] - Date.now()));
    retryTimer.unref();
  }
  function wakeForRetries(delaysMs: number[]): void {
    const now = Date.now();
    retriesDue.push(...delaysMs.map((delay) => now + delay));
    retriesDue.sort((a, b) => a - b).splice(MAX_RETRIES_AWAITED);
    armRetryTimer();
  }

  async function deliverBatch(): Promise<number> {
    const retries: number[] = [];
    const attempted = await orm.em.fork().transactional(async (tx) => {
      const due = await tx.execute<DueDelivery[]>(
        `select d.id, d.attempts, d.event_id, e.body, s.url, s.secret_sealed
           from notifications.webhook_delivery d
           join notifications.webhook_subscription s on s.id = d.subscription_id and s.ended_at is null
           join notifications.notification_event e on e.id = d.event_id
          where d.status = 'PENDING' and d.next_attempt_at <= now()
            and not exists (select 1 from notifications.webhook_delivery earlier
                             where earlier.subscription_id = d.subscription_id and earlier.ordering_key = d.ordering_key
                               and earlier.status = 'PENDING' and earlier.event_seq < d.event_seq)
          order by d.event_seq limit 20
          for update of d skip locked`,
      );
      for (const delivery of due) {
        const result = await attempt(delivery);
        const attempts = delivery.attempts + 1;
        await tx.execute(
          'insert into notifications.webhook_delivery_attempt (delivery_id, attempt, status_code, error, duration_ms) values (?, ?, ?, ?, ?)',
          [delivery.id, attempts, result.statusCode, result.error, result.durationMs],
        );
        if (result.error === null) {
          await tx.execute(
            "update notifications.webhook_delivery set status = 'DELIVERED', attempts = ?, last_attempt_at = now(), last_status_code = ?, last_error = null, delivered_at = now() where id = ?",
            [attempts, result.statusCode, delivery.id],
          );
        } else {
          // An address deliveries may not reach will not become reachable by retrying: dead-letter at once.
          const dead = result.blocked === true || isDeadLetter(attempts, config.maxAttempts);
          if (!dead) retries.push(retryDelayMs(attempts, config.retryBaseMs));
          await tx.execute(
            `update notifications.webhook_delivery set status = ?, attempts = ?, last_attempt_at = now(), last_status_code = ?, last_error = ?,
               next_attempt_at = now() + (? * interval '1 millisecond') where id = ?`,
            [dead ? 'DEAD' : 'PENDING', attempts, result.statusCode, result.error, retryDelayMs(attempts, config.retryBaseMs), delivery.id],
          );
        }
      }
      return due.length;
    });
    if (retries.length) wakeForRetries(retries);
    // What this pass sent may have let the next event of the same record go (or a full batch left more due).
    if (attempted > 0) periodic.nudge();
    return attempted;
  }

  const periodic = startPeriodicPass({ intervalMs: config.deliveryIntervalMs, logger, failure: 'webhook delivery pass failed; will retry', pass: deliverBatch });
  return {
    deliverOnce: periodic.runOnce,
    nudge: periodic.nudge,
    pause: periodic.pause,
    resume: periodic.resume,
    async stop() {
      if (retryTimer) clearTimeout(retryTimer);
      await periodic.stop();
    },
  };
}
