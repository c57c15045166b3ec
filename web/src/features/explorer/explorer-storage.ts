import type { GraphiQLProps } from 'graphiql';

type GraphiQLStorage = NonNullable<GraphiQLProps['storage']>;

// GraphiQL prefixes every name it stores with this (STORAGE_NAMESPACE of @graphiql/toolkit).
const GRAPHIQL_PREFIX = 'graphiql:';
// Whose tabs and history the stored entries are: the public prefix of the key that made them.
const OWNER_KEY = 'cxgraph.explorer.owner';

/**
 * Where GraphiQL keeps its tabs, history and settings: the tab's session storage, not local
 * storage, so nothing the explorer writes outlives the tab or lands on disk, as with the key itself.
 * Entries made under another key are dropped first, so a second person signing in in the same tab
 * does not see the first one's queries. `clear()` and `length` cover GraphiQL's entries only: the
 * console's own session entry (the key) must survive GraphiQL clearing its state.
 */
export function explorerStorage(ownerKeyPrefix: string): GraphiQLStorage {
  const storage = window.sessionStorage;
  const graphiqlNames = () => Object.keys(storage).filter((name) => name.startsWith(GRAPHIQL_PREFIX));
  const clear = () => graphiqlNames().forEach((name) => storage.removeItem(name));
  if (storage.getItem(OWNER_KEY) !== ownerKeyPrefix) {
    clear();
    storage.setItem(OWNER_KEY, ownerKeyPrefix);
  }
  return {
    getItem: (name) => storage.getItem(name),
    setItem: (name, value) => storage.setItem(name, value),
    removeItem: (name) => storage.removeItem(name),
    clear,
    get length() {
      return graphiqlNames().length;
    },
  };
}
