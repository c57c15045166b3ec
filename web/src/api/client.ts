import type { TypedDocumentString } from '../gql/graphql';

/** A failure of a GraphQL call, with the server's error code and the input field it names. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    readonly field?: string,
    readonly status?: number,
  ) {
    super(message);
  }

  get unauthenticated(): boolean {
    return this.code === 'UNAUTHENTICATED' || this.status === 401;
  }
}

interface GraphQLError {
  message: string;
  extensions?: { code?: string; field?: string };
}

/**
 * Runs one typed operation against the platform's own GraphQL endpoint with the user's key in the
 * Authorization header (never in the URL). The console uses nothing but this public API.
 */
export async function execute<TResult, TVariables>(
  apiKey: string,
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(graphqlUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError('The server cannot be reached', 'NETWORK_ERROR');
  }
  let body: { data?: TResult | null; errors?: GraphQLError[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The server answered ${response.status} without a GraphQL body`, 'BAD_RESPONSE', undefined, response.status);
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code, first.extensions?.field, response.status);
  if (!body.data) throw new ApiError(`The server answered ${response.status} without data`, 'BAD_RESPONSE', undefined, response.status);
  return body.data;
}

/** The GraphQL endpoint of the server that served the console (the console lives at /console/). */
export function graphqlUrl(): string {
  return new URL('/graphql', window.location.origin).toString();
}
