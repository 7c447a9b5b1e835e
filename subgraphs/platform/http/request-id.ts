import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The id a request is known by in logs and in the access audit. A client may send its own to correlate its logs
 * with ours, but only a UUID is kept: anything else (too long, arbitrary text, a forged audit entry) is replaced
 * by one the server makes, so what the audit records is always the server's choice of shape.
 */
export function requestIdFrom(header: string | undefined): string {
  return header !== undefined && UUID.test(header) ? header.toLowerCase() : randomUUID();
}
