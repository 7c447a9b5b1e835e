import { ConfigurationError, integerVariable, requireVariable, type Environment } from '../config/environment.js';

/** The secret the relays sign event batches with, shared by every subgraph with an outbox and the notifications service. */
export function readRelaySecret(env: Environment): string {
  const secret = requireVariable(env, 'EVENTS_RELAY_SECRET', 'the secret (32+ characters) the subgraphs sign their event batches with for the notifications service.');
  if (secret.length < 32) throw new ConfigurationError('EVENTS_RELAY_SECRET must be at least 32 characters long.');
  return secret;
}

export interface RelayConfig {
  intakeUrl: string;
  relaySecret: string;
  intervalMs: number;
}

/** Where and how often a subgraph relays its outbox. */
export function readRelayConfig(env: Environment): RelayConfig {
  return {
    intakeUrl: requireVariable(env, 'NOTIFICATIONS_INTAKE_URL', "the notifications service's event intake, e.g. http://127.0.0.1:4006/events."),
    relaySecret: readRelaySecret(env),
    intervalMs: integerVariable(env, 'EVENTS_RELAY_INTERVAL_MS', 1000, 10),
  };
}
