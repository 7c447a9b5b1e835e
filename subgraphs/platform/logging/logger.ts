import { pino, type Logger as PinoLogger } from 'pino';

export type Logger = PinoLogger;

/** One structured JSON logger per service; the level comes from configuration. */
export function createLogger(service: string, level: string): Logger {
  return pino({
    name: service,
    level,
    // Never log credentials or personal data that may travel in headers.
    redact: { paths: ['req.headers.authorization', 'req.headers["x-gateway-secret"]', '*.phone', '*.idNumber'], remove: true },
  });
}
