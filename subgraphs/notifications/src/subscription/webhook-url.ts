import { addressAllowed, classifyAddress } from '../delivery/address-class.js';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Why a subscriber URL is refused, or null: https anywhere; http only to this machine's loopback, and only where
 * WEBHOOK_ALLOW_LOOPBACK allows it (development and tests). A literal address must be public (loopback only with
 * that allowance); a host name is checked each time a delivery connects (delivery/webhook-post.ts). No credentials
 * in the URL; at most 2,000 characters.
 */
export function webhookUrlProblem(raw: string, allowLoopback: boolean): string | null {
  if (raw.length > 2000) return 'url must be at most 2,000 characters long.';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'url is not an absolute URL: give one such as https://example.org/hooks/cogovernance.';
  }
  if (url.username || url.password) return 'url must not carry a user name or password: authenticate deliveries by their signature.';
  const scheme = url.protocol === 'https:' || (url.protocol === 'http:' && allowLoopback && LOOPBACK_HOSTS.has(url.hostname));
  if (!scheme) return allowLoopback ? 'url must use https (http is accepted only for 127.0.0.1 in development).' : 'url must use https.';
  if (classifyAddress(url.hostname) !== null && !addressAllowed(url.hostname, allowLoopback)) {
    return 'url names a private, loopback, link-local, shared or reserved address: give a public host name or address.';
  }
  return null;
}
