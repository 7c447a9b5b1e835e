import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';

export type Logger = PinoLogger;

/** One structured JSON logger per service; the level comes from configuration. Standard output unless told otherwise. */
export function createLogger(service: string, level: string, destination?: DestinationStream): Logger {
  const options = {
    name: service,
    level,
    // Never log credentials or personal data that may travel in headers.
    redact: { paths: ['req.headers.authorization', 'req.headers["x-gateway-secret"]', '*.phone', '*.idNumber'], remove: true },
  };
  return destination ? pino(options, destination) : pino(options);
}
