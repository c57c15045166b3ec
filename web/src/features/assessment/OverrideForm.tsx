import { useState } from 'react';
import { useMutation } from '../../api/hooks';
import { ErrorMessage } from '../../app/ui';
import { format, useMessages } from '../../i18n/i18n';
import type { ResultItem } from './answering-types';
import { assessmentMessages } from './messages';
import { score } from './model';
import { OverrideItemDocument } from './operations';

/** The item's current override, and (when editable) setting or removing it with a justification. */
export function OverrideForm({ itemId, assessmentId, result, editable, onDone }: { itemId: string; assessmentId: string; result?: ResultItem; editable: boolean; onDone(): void }) {
  const t = useMessages(assessmentMessages);
  const [level, setLevel] = useState(result?.override ? Math.round(result.override.score * 4) : 2);
  const [justification, setJustification] = useState('');
  const [override, state] = useMutation(OverrideItemDocument);

  async function send(remove: boolean) {
    try {
      await override({ input: { assessmentId, itemId, level: remove ? null : level, justification: remove ? null : justification } });
      setJustification('');
      onDone();
    } catch {
      // shown through state.error
    }
  }

  return (
    <details className="override" open={result?.override ? true : undefined}>
      <summary>{t.answer.override}</summary>
      {result?.override && <p data-testid="override-current">{format(t.answer.overrideCurrent, { score: score(result.override.score), justification: result.override.justification })}</p>}
      {editable && (
        <>
          <p className="hint">{t.answer.overrideHint}</p>
          <div className="field">
            <label htmlFor={`override-level-${itemId}`}>{t.answer.overrideLevel}</label>
            <select id={`override-level-${itemId}`} value={level} onChange={(event) => setLevel(Number(event.target.value))}>
              {[0, 1, 2, 3, 4].map((value) => (
                <option key={value} value={value}>
                  {value} → {score(value / 4)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`override-justification-${itemId}`}>{t.answer.overrideJustification}</label>
            <textarea id={`override-justification-${itemId}`} rows={2} value={justification} onChange={(event) => setJustification(event.target.value)} />
          </div>
          {state.error && <ErrorMessage error={state.error} />}
          <div className="button-row">
            <button type="button" onClick={() => void send(false)} disabled={state.loading}>
              {t.answer.overrideSet}
            </button>
            {result?.override && (
              <button type="button" onClick={() => void send(true)} disabled={state.loading}>
                {t.answer.overrideRemove}
              </button>
            )}
          </div>
        </>
      )}
    </details>
  );
}
