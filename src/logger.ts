import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs on stdout. Authorization headers and key secrets are redacted wherever
 * they appear, so a log line can be shared without leaking a key.
 */
export function createLogger(level: string, destination: 1 | 2 = 1): Logger {
  return pino(
    {
    level,
    base: { service: 'cxgraph' },
    redact: {
      paths: ['authorization', '*.authorization', 'headers.authorization', 'req.headers.authorization', 'key', '*.key', 'secret', '*.secret'],
      censor: '[redacted]',
    },
  },
    pino.destination(destination),
  );
}
