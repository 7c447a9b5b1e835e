import { ConfigurationError, integerVariable, requireVariable, type Environment } from '../../platform/config/environment.js';

/** The notifications service's own settings, read once at start-up. */
export interface NotificationsConfig {
  /** Seals subscribers' signing secrets at rest (WEBHOOK_SECRET_KEY). */
  secretKey: string;
  /**
   * Deliveries may go to this machine's loopback addresses, over http too (WEBHOOK_ALLOW_LOOPBACK: development and
   * tests, whose receivers listen on 127.0.0.1); never in production. Private, link-local and reserved addresses are
   * refused whatever this says.
   */
  allowLoopback: boolean;
  maxAttempts: number;
  retryBaseMs: number;
  deliveryIntervalMs: number;
  timeoutMs: number;
}

export function readNotificationsConfig(env: Environment): NotificationsConfig {
  const secretKey = requireVariable(env, 'WEBHOOK_SECRET_KEY', 'the key (32+ characters) that seals webhook subscribers\' secrets at rest.');
  if (secretKey.length < 32) throw new ConfigurationError('WEBHOOK_SECRET_KEY must be at least 32 characters long.');
  const production = env.NODE_ENV === 'production';
  const allowLoopback = env.WEBHOOK_ALLOW_LOOPBACK?.trim() || (production ? 'false' : 'true');
  if (allowLoopback !== 'true' && allowLoopback !== 'false') throw new ConfigurationError('WEBHOOK_ALLOW_LOOPBACK must be true or false.');
  if (production && allowLoopback === 'true') {
    throw new ConfigurationError('WEBHOOK_ALLOW_LOOPBACK=true is refused with NODE_ENV=production: webhooks must not reach this machine.');
  }
  return {
    secretKey,
    allowLoopback: allowLoopback === 'true',
    maxAttempts: integerVariable(env, 'WEBHOOK_MAX_ATTEMPTS', 8, 1, 50),
    retryBaseMs: integerVariable(env, 'WEBHOOK_RETRY_BASE_MS', 30_000, 1),
    deliveryIntervalMs: integerVariable(env, 'WEBHOOK_DELIVERY_INTERVAL_MS', 1000, 10),
    timeoutMs: integerVariable(env, 'WEBHOOK_TIMEOUT_MS', 5000, 100),
  };
}
