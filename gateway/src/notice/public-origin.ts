import { ConfigurationError, type Environment } from '../../../subgraphs/platform/config/environment.js';

/**
 * The origin printed on 公示 notices (PUBLIC_ORIGIN): where the public will open the posted link. It is
 * configuration, never the request's Host header, so a request with a forged Host cannot make the gateway print
 * someone else's address on a genuine notice. Required with NODE_ENV=production (https); elsewhere it defaults to
 * the gateway's own listening address.
 */
export function parsePublicOrigin(raw: string, production: boolean): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigurationError('PUBLIC_ORIGIN must be an absolute URL such as https://gov.example.cn (scheme and host, no path).');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigurationError('PUBLIC_ORIGIN must use http or https.');
  if (production && url.protocol !== 'https:') throw new ConfigurationError('PUBLIC_ORIGIN must use https when NODE_ENV=production.');
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) {
    throw new ConfigurationError('PUBLIC_ORIGIN must be an origin only (scheme, host and optional port), without a path, query or credentials.');
  }
  return url.origin;
}

/** PUBLIC_ORIGIN from the environment; undefined outside production when unset (the gateway then uses its own address). */
export function readPublicOrigin(env: Environment): string | undefined {
  const production = env.NODE_ENV === 'production';
  const raw = env.PUBLIC_ORIGIN?.trim();
  if (!raw) {
    if (production) {
      throw new ConfigurationError(
        'PUBLIC_ORIGIN is not set: with NODE_ENV=production the gateway needs the public https origin printed on 公示 notices (e.g. https://gov.example.cn).',
      );
    }
    return undefined;
  }
  return parsePublicOrigin(raw, production);
}
