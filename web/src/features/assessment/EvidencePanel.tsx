import { format, useFormat, useLocale, useMessages } from '../../i18n/i18n';
import type { Draft, ResultItem } from './answering-types';
import { assessmentMessages } from './messages';
import { compareWithEvidence, evidenceValue, score, selfScoreOf, type ModelItem } from './model';
import { OverrideForm } from './OverrideForm';

/**
 * The evidence beside a bound item: the measured value and level, how the chosen answer compares
 * with it, the bands, and the override of the item's score.
 */
export function EvidencePanel({
  item,
  draft,
  result,
  editable,
  assessmentId,
  onOverridden,
}: {
  item: ModelItem;
  draft: Draft;
  result?: ResultItem;
  editable: boolean;
  assessmentId: string;
  onOverridden(): void;
}) {
  const t = useMessages(assessmentMessages);
  const { locale } = useLocale();
  const formatter = useFormat();
  const observation = result?.evidence;
  const level = observation?.level ?? null;
  const x = selfScoreOf(draft.value);
  const comparison = x !== undefined && level !== null ? compareWithEvidence(x, level) : undefined;
  return (
    <aside className={`evidence-panel${comparison && comparison.status !== 'CORROBORATED' ? ' disagrees' : ''}`} data-testid={`evidence-${item.id}`} aria-label={`${t.answer.evidenceTitle} (${item.id})`}>
      <h3>{t.answer.evidenceTitle}</h3>
      <p className="measure-name">{observation?.name ?? item.evidence?.name}</p>
      {observation ? (
        <dl className="evidence-facts">
          <dt>{t.answer.value}</dt>
          <dd data-testid="evidence-value">
            {evidenceValue(observation.measure, observation.value, locale)}
            {observation.windowDays ? ` (${format(t.answer.window, { days: observation.windowDays })})` : ''}
          </dd>
          <dt>{t.answer.level}</dt>
          <dd data-testid="evidence-level">{level === null ? '—' : level.toFixed(2)}</dd>
        </dl>
      ) : (
        <p className="hint">{t.answer.notObservedYet}</p>
      )}
      {observation && <p className="hint">{format(t.answer.observed, { date: formatter.dateTime(observation.observedAt) })}</p>}
      {level === null ? (
        <p className="evidence-verdict none">{t.answer.noEvidence}</p>
      ) : comparison ? (
        <div className={`evidence-verdict verdict-${comparison.status}`} data-testid="evidence-verdict">
          <strong>{t.itemStatus[comparison.status]}</strong>
          <span>{format(t.answer.yourAnswer, { answer: score(x), score: score(comparison.score) })}</span>
          <span>{format(t.answer.compare[comparison.status], { score: score(comparison.score) })}</span>
        </div>
      ) : (
        <p className="evidence-verdict">{t.answer.chooseToCompare}</p>
      )}
      {result && !result.unanswered && result.status !== 'SELF_REPORTED' && (
        <p className="hint" data-testid="saved-status">
          {format(t.answer.savedStatus, { status: t.itemStatus[result.status] })}
        </p>
      )}
      <details className="bands">
        <summary>{t.answer.bands}</summary>
        <p>{item.evidence?.bands}</p>
      </details>
      {(editable || result?.override) && <OverrideForm itemId={item.id} assessmentId={assessmentId} result={result} editable={editable} onDone={onOverridden} />}
    </aside>
  );
}
