import { integerVariable, requireVariable, type Environment } from '../config/environment.js';

export interface RelayConfig {
  intakeUrl: string;
  intervalMs: number;
}

/** Where and how often a subgraph relays its outbox. Batches are signed with the subgraph's own key (relay-signature.ts). */
export function readRelayConfig(env: Environment): RelayConfig {
  return {
    intakeUrl: requireVariable(env, 'NOTIFICATIONS_INTAKE_URL', "the notifications service's event intake, e.g. http://127.0.0.1:4006/events."),
    intervalMs: integerVariable(env, 'EVENTS_RELAY_INTERVAL_MS', 1000, 10),
  };
}
