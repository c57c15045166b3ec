import { GraphQLError } from 'graphql';

/** Error codes clients can rely on, in `errors[].extensions.code`. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** The key spent its query-cost budget; retry after the Retry-After header's seconds. */
  RATE_LIMITED = 'RATE_LIMITED',
  /** The key may send only registered documents (documentId), not query text. */
  TRUSTED_DOCUMENT_REQUIRED = 'TRUSTED_DOCUMENT_REQUIRED',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  TIMEOUT = 'TIMEOUT',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** One reason an input was refused: which field (a path such as `input[3].email`) and why. */
export interface FieldError {
  field: string;
  message: string;
}

export class UnauthenticatedError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(scope: string) {
    super(`This API key lacks the scope "${scope}"`, { extensions: { code: ErrorCode.FORBIDDEN, scope } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(what: string, key: string) {
    super(`${what} ${key} was not found`, { extensions: { code: ErrorCode.NOT_FOUND } });
  }
}

/**
 * Bad input. The message names the first field and its reason; `extensions.errors` lists every
 * problem found, so a batch can be fixed in one pass.
 */
export class BadUserInputError extends GraphQLError {
  readonly fieldErrors: FieldError[];
  constructor(errors: FieldError[]) {
    const [first] = errors;
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    super(`${first.field}: ${first.message}${more}`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: first.field, errors },
    });
    this.fieldErrors = errors;
  }
}

export function badInput(field: string, message: string): BadUserInputError {
  return new BadUserInputError([{ field, message }]);
}

/** Throws when any field error was collected. */
export function throwIfInvalid(errors: FieldError[]): void {
  if (errors.length > 0) throw new BadUserInputError(errors);
}
