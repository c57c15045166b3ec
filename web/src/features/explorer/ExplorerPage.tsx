import { Component, lazy, Suspense, useRef, type ReactNode } from 'react';
import { ErrorMessage, Loading } from '../../app/ui';
import { useMessages } from '../../i18n/i18n';
import './explorer.css';
import { explorerMessages } from './messages';
import { useFillHeight } from './use-fill-height';

// GraphiQL brings Monaco (several megabytes): the rest of the console must not download it.
const GraphiQLExplorer = lazy(() => import('./GraphiQLExplorer'));

// Below this the editors and the response are too cramped to use: the page scrolls instead.
const MINIMUM_HEIGHT_PX = 420;

/** The API explorer: GraphiQL over this server's /graphql, every request carrying the signed-in key. */
export function ExplorerPage() {
  const t = useMessages(explorerMessages);
  const frame = useRef<HTMLDivElement>(null);
  const height = useFillHeight(frame, MINIMUM_HEIGHT_PX);
  return (
    <section className="explorer-page" aria-labelledby="explorer-title">
      <h1 id="explorer-title">{t.title}</h1>
      <p className="notice explorer-key-note" data-testid="explorer-key-note">
        {t.keyNote}
      </p>
      <p className="hint explorer-keyboard-hint">{t.keyboardHint}</p>
      <div ref={frame} className="explorer-frame" style={{ height }} role="region" aria-label={t.editorLabel} data-testid="explorer">
        <LoadFailure message={t.loadFailed}>
          <Suspense fallback={<Loading label={t.loading} />}>
            <GraphiQLExplorer />
          </Suspense>
        </LoadFailure>
      </div>
    </section>
  );
}

/** The explorer's code is a separate download: if it fails (e.g. the server was updated), say so. */
class LoadFailure extends Component<{ message: string; children: ReactNode }, { error?: Error }> {
  state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    if (this.state.error) return <ErrorMessage error={new Error(`${this.props.message}: ${this.state.error.message}`)} />;
    return this.props.children;
  }
}
