import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { graphql } from '../gql';
import type { ViewerQuery } from '../gql/graphql';
import { ApiError, execute } from '../api/client';

export const ViewerDocument = graphql(`
  query Viewer {
    viewer {
      apiKey {
        name
        prefix
        scopes
        expiresAt
        trustedDocumentsOnly
      }
      tenant {
        name
        slug
        timeZone
        baseCurrency
      }
    }
  }
`);

/** The scopes of cxgraph's API keys (ApiKey.scopes); `admin` implies every other one. */
export type Scope =
  | 'customers:read'
  | 'customers:write'
  | 'analytics:read'
  | 'segments:read'
  | 'segments:write'
  | 'assessments:read'
  | 'assessments:write'
  | 'admin';

export type Viewer = ViewerQuery['viewer'];

interface SessionState {
  apiKey?: string;
  viewer?: Viewer;
  /** Why the last session ended, when the server ended it (expired or revoked key). */
  endedBecause?: string;
  restoring: boolean;
  can(scope: Scope): boolean;
  signIn(apiKey: string): Promise<void>;
  signOut(): void;
  expire(reason: string): void;
}

const SessionContext = createContext<SessionState | undefined>(undefined);

// Session storage: the key lives as long as the tab and never reaches the URL, history or disk
// beyond the browser's own session store.
const STORAGE_KEY = 'cxgraph.apiKey';

export function SessionProvider({ children }: { children: ReactNode }) {
  const [apiKey, setApiKey] = useState<string | undefined>();
  const [viewer, setViewer] = useState<Viewer | undefined>();
  const [endedBecause, setEndedBecause] = useState<string | undefined>();
  const [restoring, setRestoring] = useState(() => readStoredKey() !== undefined);

  const signOut = useCallback(() => {
    sessionStorage.removeItem(STORAGE_KEY);
    setApiKey(undefined);
    setViewer(undefined);
  }, []);

  const expire = useCallback(
    (reason: string) => {
      signOut();
      setEndedBecause(reason);
    },
    [signOut],
  );

  const signIn = useCallback(async (candidate: string) => {
    const key = candidate.trim();
    if (!key) throw new ApiError('Enter an API key', 'BAD_USER_INPUT', 'apiKey');
    const data = await execute(key, ViewerDocument);
    sessionStorage.setItem(STORAGE_KEY, key);
    setEndedBecause(undefined);
    setApiKey(key);
    setViewer(data.viewer);
  }, []);

  // A reload keeps the tab's session: check the stored key again before showing anything.
  useEffect(() => {
    const stored = readStoredKey();
    if (!stored) return;
    signIn(stored)
      .catch((error: unknown) => {
        sessionStorage.removeItem(STORAGE_KEY);
        if (error instanceof ApiError && error.unauthenticated) setEndedBecause(error.message);
      })
      .finally(() => setRestoring(false));
  }, [signIn]);

  const value = useMemo<SessionState>(() => {
    const scopes = viewer?.apiKey.scopes ?? [];
    return {
      apiKey,
      viewer,
      endedBecause,
      restoring,
      can: (scope) => scopes.includes(scope) || scopes.includes('admin'),
      signIn,
      signOut,
      expire,
    };
  }, [apiKey, viewer, endedBecause, restoring, signIn, signOut, expire]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

function readStoredKey(): string | undefined {
  try {
    return sessionStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}
