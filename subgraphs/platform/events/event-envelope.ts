import { Webhook } from 'standardwebhooks';
import type { EventPlace } from './record-event.js';

/**
 * An event as it leaves a subgraph and as subscribers receive it (事件): ids, type, server time and place only,
 * never personal data. The same JSON is the relay's batch item and the body of a webhook delivery.
 */
export interface EventEnvelope {
  id: string;
  type: string;
  /** The subgraph that recorded it. */
  source: string;
  occurredAt: string;
  place: Required<EventPlace>;
  recordType: string;
  recordId: string;
  matterId: string | null;
  organizationId: string | null;
  detail: string | null;
}

/** Header names of the Standard Webhooks convention, used for webhooks and for the relay alike. */
export const SIGNATURE_HEADERS = { id: 'webhook-id', timestamp: 'webhook-timestamp', signature: 'webhook-signature' } as const;

/** Signs a webhook body with a subscriber's secret, Standard Webhooks style: v1,base64(HMAC-SHA256(id.timestamp.body)). */
export function signedHeaders(signer: Webhook, messageId: string, body: string, at = new Date()): Record<string, string> {
  return {
    [SIGNATURE_HEADERS.id]: messageId,
    [SIGNATURE_HEADERS.timestamp]: String(Math.floor(at.getTime() / 1000)),
    [SIGNATURE_HEADERS.signature]: signer.sign(messageId, at, body),
  };
}
