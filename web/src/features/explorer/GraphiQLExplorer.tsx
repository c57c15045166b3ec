// The explorer's heavy half (GraphiQL and its Monaco editors), loaded only when the page opens.
// Monaco runs its language services in web workers, which Vite bundles as files of their own.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { useMemo } from 'react';
import { useSession } from '../../app/session';
import { useMessages } from '../../i18n/i18n';
import { explorerSchema } from './explorer-schema';
import { explorerStorage } from './explorer-storage';
import { createKeyFetcher } from './key-fetcher';
import { explorerMessages } from './messages';

/** The first tab's query: one any key may run, since every key may read its own viewer. */
function defaultQuery(comment: string): string {
  return `${comment}\n{\n  viewer {\n    tenant {\n      name\n    }\n    apiKey {\n      scopes\n    }\n  }\n}\n`;
}

/**
 * GraphiQL bound to the signed-in key. The key reaches requests through the fetcher only; the
 * headers editor is off, so GraphiQL never holds the key in its tab state, history or storage.
 */
export default function GraphiQLExplorer() {
  const t = useMessages(explorerMessages);
  const { apiKey, viewer, expire } = useSession();
  const fetcher = useMemo(() => createKeyFetcher(apiKey ?? '', expire, t.fetcher), [apiKey, expire, t.fetcher]);
  const storage = useMemo(() => explorerStorage(viewer?.apiKey.prefix ?? ''), [viewer?.apiKey.prefix]);
  return (
    <GraphiQL
      fetcher={fetcher}
      schema={explorerSchema}
      storage={storage}
      defaultQuery={defaultQuery(t.defaultQueryComment)}
      isHeadersEditorEnabled={false}
      shouldPersistHeaders={false}
      showPersistHeadersSettings={false}
      forcedTheme="light"
    />
  );
}
