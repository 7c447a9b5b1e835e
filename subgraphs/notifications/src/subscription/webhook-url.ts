const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Why a subscriber URL is refused, or null: https anywhere; http only to this machine's loopback, and only where
 * WEBHOOK_ALLOW_HTTP_LOOPBACK allows it (development and tests). No credentials in the URL; at most 2,000 characters.
 */
export function webhookUrlProblem(raw: string, allowHttpLoopback: boolean): string | null {
  if (raw.length > 2000) return 'url must be at most 2,000 characters long.';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'url is not an absolute URL: give one such as https://example.org/hooks/cogovernance.';
  }
  if (url.username || url.password) return 'url must not carry a user name or password: authenticate deliveries by their signature.';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && allowHttpLoopback && LOOPBACK_HOSTS.has(url.hostname)) return null;
  return allowHttpLoopback ? 'url must use https (http is accepted only for 127.0.0.1 in development).' : 'url must use https.';
}
