import { useCallback, useEffect, useRef, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { useSession } from '../app/session';
import { ApiError, execute } from './client';

export interface QueryState<TResult> {
  data?: TResult;
  error?: ApiError;
  loading: boolean;
  refetch(): void;
}

/**
 * Runs a query when the component mounts and whenever its variables change (compared by value),
 * with the signed-in key. An earlier answer still in flight is cancelled, so a slow answer never
 * overwrites a newer one. A key the server no longer accepts signs the user out.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { skip?: boolean } = {},
): QueryState<TResult> {
  const { apiKey, expire } = useSession();
  // `answers`: the variables the data or error is for. Until the effect below has asked for new
  // variables, the render already showing them counts as loading, so the previous answer is
  // never on screen unmarked as the answer to the new variables.
  const [state, setState] = useState<{ data?: TResult; error?: ApiError; loading: boolean; answers?: string }>({ loading: !options.skip });
  const [generation, setGeneration] = useState(0);
  const variablesKey = JSON.stringify(variables);

  useEffect(() => {
    if (options.skip || !apiKey) return;
    const controller = new AbortController();
    setState((previous) => ({ data: previous.data, loading: true, answers: previous.answers }));
    execute(apiKey, document, JSON.parse(variablesKey) as TVariables, controller.signal).then(
      (data) => setState({ data, loading: false, answers: variablesKey }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError = asApiError(error);
        if (apiError.unauthenticated) expire(apiError.message);
        setState({ error: apiError, loading: false, answers: variablesKey });
      },
    );
    return () => controller.abort();
    // `document` is a module-level constant; the variables are compared by value.
  }, [apiKey, variablesKey, generation, options.skip]); // eslint-disable-line react-hooks/exhaustive-deps

  const refetch = useCallback(() => setGeneration((value) => value + 1), []);
  const stale = !options.skip && Boolean(apiKey) && state.answers !== undefined && state.answers !== variablesKey;
  return { data: state.data, error: state.error, loading: state.loading || stale, refetch };
}

export interface MutationState {
  loading: boolean;
  error?: ApiError;
}

/** A mutation run on demand; the promise rejects with an ApiError, which `error` also holds. */
export function useMutation<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
): [(variables: TVariables) => Promise<TResult>, MutationState] {
  const { apiKey, expire } = useSession();
  const [state, setState] = useState<MutationState>({ loading: false });
  const mounted = useRef(true);
  useEffect(() => () => void (mounted.current = false), []);

  const run = useCallback(
    async (variables: TVariables) => {
      setState({ loading: true });
      try {
        const data = await execute(apiKey ?? '', document, variables);
        if (mounted.current) setState({ loading: false });
        return data;
      } catch (error) {
        const apiError = asApiError(error);
        if (apiError.unauthenticated) expire(apiError.message);
        if (mounted.current) setState({ loading: false, error: apiError });
        throw apiError;
      }
    },
    [apiKey, document, expire],
  );
  return [run, state];
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(error instanceof Error ? error.message : String(error));
}
