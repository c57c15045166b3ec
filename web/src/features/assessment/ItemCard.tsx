import { format, useMessages } from '../../i18n/i18n';
import type { Draft, ResultItem } from './answering-types';
import { EvidencePanel } from './EvidencePanel';
import { assessmentMessages } from './messages';
import { answerLabel, type AnswerValue, type Model, type ModelItem } from './model';

/**
 * One item of the stage: its statement, the answer anchors for the chosen respondent, what the
 * others answered, a note, and the evidence panel beside it when the item is bound to a measure.
 */
export function ItemCard({
  item,
  model,
  respondent,
  respondents,
  draft,
  dirty,
  others,
  result,
  editable,
  assessmentId,
  onChange,
  onOverridden,
}: {
  item: ModelItem;
  model: Model;
  respondent: string;
  respondents: string[];
  draft: Draft;
  dirty: boolean;
  others: { who: string; value?: AnswerValue }[];
  result?: ResultItem;
  editable: boolean;
  assessmentId: string;
  onChange(change: Partial<Draft>): void;
  onOverridden(): void;
}) {
  const t = useMessages(assessmentMessages);
  const dimension = model.dimensions.find((candidate) => candidate.key === item.dimension);
  const name = `answer-${item.id}`;
  const options: { value: AnswerValue; label: string }[] = [
    ...model.anchors.map((anchor) => ({ value: anchor.level as AnswerValue, label: `${anchor.level} · ${anchor.label}` })),
    { value: 'UNKNOWN', label: t.unknown },
    ...(item.allowsNotApplicable ? [{ value: 'NOT_APPLICABLE' as AnswerValue, label: t.notApplicable }] : []),
  ];
  const statementId = `statement-${item.id}`;
  return (
    <article className={`item-card${item.evidence ? ' bound' : ''}${dirty ? ' dirty' : ''}`} data-testid={`item-${item.id}`} aria-labelledby={statementId}>
      <div className="item-question">
        <header className="item-header">
          <span className="item-id">{item.id}</span>
          {item.gate && (
            <span className="gate-chip" title={t.answer.gateHint}>
              {t.answer.gate} · {format(t.answer.weight, { weight: item.weight })}
            </span>
          )}
          <span className="dimension-chip">
            {t.answer.dimension}: {dimension?.name ?? item.dimension}
          </span>
          {dirty && <span className="unsaved-chip">{t.answer.unsaved}</span>}
        </header>
        <p className="item-text" id={statementId}>
          {item.text}
        </p>
        <fieldset className="anchors" disabled={!editable}>
          <legend className="visually-hidden">{item.text}</legend>
          {options.map((option) => (
            <label key={String(option.value)} className={`anchor${draft.value === option.value ? ' chosen' : ''}`}>
              <input type="radio" name={name} value={String(option.value)} checked={draft.value === option.value} onChange={() => onChange({ value: option.value })} />
              <span>{option.label}</span>
            </label>
          ))}
        </fieldset>
        {respondents.length > 1 && others.length > 0 && (
          <p className="hint others">
            {t.answer.othersAnswered}: {others.map((other) => `${other.who}: ${answerLabel(model, t, other.value)}`).join(' · ')}
          </p>
        )}
        {result?.disagree && (
          <p className="notice warning" data-testid="disagree">
            {t.answer.disagree}
          </p>
        )}
        {(editable || draft.note) && (
          <details className="item-note" open={draft.note.length > 0 || undefined}>
            <summary>{t.answer.note}</summary>
            <textarea
              aria-label={`${t.answer.note} (${item.id}, ${respondent})`}
              value={draft.note}
              readOnly={!editable}
              rows={2}
              onChange={(event) => onChange({ note: event.target.value })}
            />
            <p className="hint">{t.answer.noteHint}</p>
          </details>
        )}
      </div>
      {item.evidence && <EvidencePanel item={item} draft={draft} result={result} editable={editable} assessmentId={assessmentId} onOverridden={onOverridden} />}
    </article>
  );
}
