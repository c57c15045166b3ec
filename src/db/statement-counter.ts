import { DefaultLogger, type LogContext, type LoggerNamespace, type LoggerOptions } from '@mikro-orm/core';

/**
 * Counts SQL statements per request (the request's EntityManager fork carries a `statements`
 * counter in its logger context) so tests and benchmarks can see N+1 patterns. Printing the
 * queries stays opt-in.
 */
export class StatementCountingLogger extends DefaultLogger {
  constructor(
    options: LoggerOptions,
    private readonly printQueries: boolean,
  ) {
    super(options);
  }

  override log(namespace: LoggerNamespace, message: string, context?: LogContext): void {
    if (namespace === 'query' && context?.statementCounter) {
      (context.statementCounter as StatementCounter).count += 1;
    }
    if (this.printQueries) super.log(namespace, message, context);
  }

  override isEnabled(namespace: LoggerNamespace): boolean {
    return namespace === 'query' || super.isEnabled(namespace);
  }
}

export interface StatementCounter {
  count: number;
}
