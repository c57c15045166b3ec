import { GraphQLError, type ExecutionResult } from 'graphql';
import type { GraphiQLProps } from 'graphiql';
import { graphqlUrl } from '../../api/client';
import { format } from '../../i18n/i18n';

type Fetcher = GraphiQLProps['fetcher'];

export interface FetcherTexts {
  unreachable: string;
  /** `{status}` is the HTTP status. */
  notGraphQL: string;
  /** Why the session ended when the server gives no message. */
  keyRefused: string;
}

/**
 * GraphiQL's fetcher for the signed-in key: every request goes to this server's /graphql with the
 * key in the Authorization header. The key is added here, in code, rather than through GraphiQL's
 * headers editor, because whatever that editor holds GraphiQL keeps in tab state and history.
 * A 401 means the server no longer accepts the key (expired or revoked): the session ends, as on
 * every other page.
 */
export function createKeyFetcher(apiKey: string, onUnauthenticated: (reason: string) => void, texts: FetcherTexts): Fetcher {
  return async ({ query, operationName, variables }): Promise<ExecutionResult> => {
    let response: Response;
    try {
      response = await fetch(graphqlUrl(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${apiKey}` },
        body: JSON.stringify({ query, operationName: operationName ?? undefined, variables: variables ?? undefined }),
      });
    } catch {
      return { errors: [new GraphQLError(texts.unreachable)] };
    }
    let body: ExecutionResult;
    try {
      body = (await response.json()) as ExecutionResult;
    } catch {
      return { errors: [new GraphQLError(format(texts.notGraphQL, { status: response.status }))] };
    }
    if (response.status === 401 || body.errors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED')) {
      onUnauthenticated(body.errors?.[0]?.message ?? texts.keyRefused);
    }
    return body;
  };
}
