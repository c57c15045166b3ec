import type { Orm } from '../db/orm.js';
import type { Logger } from '../logger.js';

/**
 * The overall limit of one request, beside the per-statement timeout: when it passes, the
 * statement the request's connection is running is cancelled. The request's transaction is
 * then aborted, so whatever the resolvers try next fails at once, the transaction rolls back
 * and the connection goes back to the pool; the caller answers TIMEOUT.
 */
export class RequestDeadline {
  private timer: NodeJS.Timeout | undefined;
  expired = false;

  constructor(
    private readonly orm: Orm,
    private readonly logger: Logger,
  ) {}

  arm(timeoutMs: number, backendPid: number): void {
    this.timer = setTimeout(() => {
      this.expired = true;
      // Cancelling needs another connection; the request's own is busy running the statement.
      this.orm.em
        .fork()
        .getConnection()
        .execute('select pg_cancel_backend(?)', [backendPid])
        .catch((error: unknown) => this.logger.warn({ err: error, backendPid }, 'could not cancel the statement of a request past its deadline'));
    }, timeoutMs);
    this.timer.unref();
  }

  disarm(): void {
    clearTimeout(this.timer);
  }
}
