import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import type { Logger } from '../logger.js';
import { ErrorCode } from './errors.js';
import { parseLimitErrorFor } from './query-limits.js';

const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  // Apollo's own codes for documents and variables the client got wrong.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The one place errors are shaped for clients. Known errors keep their code and message;
 * database errors become the client error they mean (a foreign key that does not match is bad
 * input, a timeout is TIMEOUT); anything else is masked as INTERNAL_SERVER_ERROR, logged in
 * full with the request id but shown without SQL or stack.
 */
export function createErrorFormatter(logger: Logger, showDetails: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code;
    const parseLimit = code === 'GRAPHQL_PARSE_FAILED' ? parseLimitErrorFor(formatted.message) : undefined;
    if (parseLimit) return { message: parseLimit.message, extensions: withoutHttp(parseLimit.extensions) };
    if (typeof code === 'string' && CLIENT_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      return withoutStack(formatted, showDetails);
    }
    const mapped = fromDatabaseError(original);
    if (mapped) return { message: mapped.message, path: formatted.path, locations: formatted.locations, extensions: mapped.extensions };
    logger.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL request');
    return {
      message: showDetails && original instanceof Error ? original.message : 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...(showDetails ? { stacktrace: formatted.extensions?.stacktrace } : {}) },
    };
  };
}

// The status travels in Apollo's own head for this error; clients need only the code and figures.
function withoutHttp(extensions: Record<string, unknown>): Record<string, unknown> {
  const { http: _http, ...rest } = extensions;
  return rest;
}

function withoutStack(formatted: GraphQLFormattedError, showDetails: boolean): GraphQLFormattedError {
  if (showDetails || !formatted.extensions?.stacktrace) return formatted;
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}

const COLUMN_NAMES: Record<string, string> = {
  customer_id: 'customerId',
  stage_id: 'stageId',
  touchpoint_id: 'touchpointId',
  journey_id: 'journeyId',
  tag_id: 'tagId',
  external_id: 'externalId',
};

/** PostgreSQL errors a client caused, by SQLSTATE (see the PostgreSQL error code appendix). */
export function fromDatabaseError(error: unknown): GraphQLError | undefined {
  const database = findDatabaseError(error);
  if (!database) return undefined;
  switch (database.code) {
    case '23503': {
      const field = fieldOfConstraint(database.constraint);
      return new GraphQLError(`${field}: does not refer to an existing record of this tenant`, { extensions: { code: ErrorCode.BAD_USER_INPUT, field } });
    }
    case '23505': {
      const field = fieldOfConstraint(database.constraint);
      return new GraphQLError(`${field}: is already used by another record`, { extensions: { code: ErrorCode.BAD_USER_INPUT, field } });
    }
    case '23514':
    case '22P02':
    case '22021': // a character the database encoding cannot hold (a NUL in text)
    case '22P05':
    case '22003':
    case '22007':
    case '22008':
      return new GraphQLError('input: a value is out of range or malformed', { extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'input' } });
    case '57014':
      return new GraphQLError('The query took longer than the statement timeout; ask for less data or a narrower time range', {
        extensions: { code: ErrorCode.TIMEOUT },
      });
    // The server is shutting down, restarting, out of connection slots or unreachable.
    case '57P01':
    case '57P02':
    case '57P03':
    case '53300':
    case '08000':
    case '08001':
    case '08003':
    case '08004':
    case '08006':
    case 'ECONNREFUSED':
    case 'ECONNRESET':
    case 'ETIMEDOUT':
    case 'EPIPE':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case CONNECTION_FAILURE:
      return new GraphQLError('The database is unavailable; try again shortly', { extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } });
    default:
      return undefined;
  }
}

interface DatabaseErrorShape {
  code: string;
  constraint?: string;
}

/** The code given to connection failures that carry no SQLSTATE or system error code. */
const CONNECTION_FAILURE = 'CONNECTION_FAILURE';

// node-postgres and knex report a lost or unobtainable connection in words only (knex puts the
// SQL in front, MikroORM keeps the message when it wraps them): the server closed the socket
// without an error message, a new connection timed out, a client whose connection had failed
// was used, or every pooled connection stayed busy past the acquire timeout.
const CONNECTION_FAILURE_MESSAGES = [/Connection terminated/, /is not queryable/, /Knex: Timeout acquiring a connection/];

function findDatabaseError(error: unknown): DatabaseErrorShape | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth += 1) {
    const candidate = current as { code?: unknown; constraint?: unknown; message?: unknown; previous?: unknown; cause?: unknown; thrownValue?: unknown };
    if (typeof candidate.code === 'string' && /^([0-9A-Z]{5}|E[A-Z_]+)$/.test(candidate.code)) {
      return { code: candidate.code, constraint: typeof candidate.constraint === 'string' ? candidate.constraint : undefined };
    }
    if (typeof candidate.message === 'string' && CONNECTION_FAILURE_MESSAGES.some((pattern) => pattern.test(candidate.message as string))) {
      return { code: CONNECTION_FAILURE };
    }
    // graphql-js wraps a thrown non-Error (a socket error object from the driver, say) in thrownValue.
    current = candidate.previous ?? candidate.cause ?? candidate.thrownValue;
  }
  return undefined;
}

function fieldOfConstraint(constraint: string | undefined): string {
  const column = Object.keys(COLUMN_NAMES).find((name) => constraint?.includes(name));
  return column ? `input.${COLUMN_NAMES[column]}` : 'input';
}
