import { createHash, timingSafeEqual } from 'node:crypto';

export const GATEWAY_SECRET_HEADER = 'x-gateway-secret';

/** Constant-time comparison of the secret a request presents with the configured one. */
export function createGatewaySecretCheck(secret: string): (presented: string | undefined) => boolean {
  const expected = createHash('sha256').update(secret).digest();
  return (presented) => {
    if (!presented) return false;
    return timingSafeEqual(createHash('sha256').update(presented).digest(), expected);
  };
}
