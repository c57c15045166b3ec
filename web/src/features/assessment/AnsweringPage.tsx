import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiError } from '../../api/client';
import { useMutation, useQuery } from '../../api/hooks';
import type { AnswerInput, AssessmentAnsweringQuery } from '../../gql/graphql';
import { Link, navigate, useHashQuery } from '../../app/router';
import { useSession } from '../../app/session';
import { Card, ErrorMessage, Loading } from '../../app/ui';
import { apiLocale, format, useFormat, useLocale, useMessages } from '../../i18n/i18n';
import { assessmentMessages, type AssessmentMessages } from './messages';
import {
  answerKey,
  answerLabel,
  answerValue,
  compareWithEvidence,
  evidenceValue,
  score,
  selfScoreOf,
  type AnswerValue,
  type Model,
  type ModelItem,
  type SavedAnswer,
} from './model';
import { AnswerItemsDocument, AssessmentAnsweringDocument, OverrideItemDocument, RefreshEvidenceDocument, SubmitAssessmentDocument } from './operations';
import './assessment.css';

type Assessment = AssessmentAnsweringQuery['assessment'];
type ResultItem = Assessment['result']['items'][number];

/** What the form holds for one respondent and item before it is saved. */
interface Draft {
  value?: AnswerValue;
  note: string;
}

const STAGES = [1, 2, 3, 4, 5, 6, 7];

/**
 * /assessments/:id — answering, stage by stage (?stage=N keeps the stage across a reload), with
 * the answer anchors on every item, the evidence from the company's data beside every bound
 * item, progress, saving and submission. Read-only for a submitted assessment or a key without
 * assessments:write.
 */
export function AnsweringPage({ id }: { id: string }) {
  const t = useMessages(assessmentMessages);
  const { locale } = useLocale();
  const query = useQuery(AssessmentAnsweringDocument, { id, locale: apiLocale(locale) });
  if (query.error && !query.data) return <ErrorMessage error={query.error} onRetry={query.refetch} />;
  if (!query.data) return <Loading />;
  return (
    <>
      {query.error && <ErrorMessage error={query.error} onRetry={query.refetch} />}
      <AnsweringForm key={id} assessment={query.data.assessment} model={query.data.maturityModel} refetch={query.refetch} t={t} />
    </>
  );
}

function AnsweringForm({
  assessment,
  model,
  refetch,
  t,
}: {
  assessment: Assessment;
  model: Model;
  refetch(): void;
  t: AssessmentMessages;
}) {
  const { can } = useSession();
  const formatter = useFormat();
  const hashQuery = useHashQuery();
  const stage = clampStage(Number(hashQuery.get('stage')));
  const editable = can('assessments:write') && assessment.status === 'DRAFT';
  const [respondent, setRespondent] = useState(assessment.respondents[0] ?? '');
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [savedAt, setSavedAt] = useState<string | undefined>();
  const [saveError, setSaveError] = useState<{ error: ApiError; sent: AnswerInput[] } | undefined>();
  const [confirming, setConfirming] = useState(false);
  const [submitError, setSubmitError] = useState<ApiError | undefined>();
  const [saveAnswers, saveState] = useMutation(AnswerItemsDocument);
  const [submitAssessment, submitState] = useMutation(SubmitAssessmentDocument);
  const [refreshEvidence, refreshState] = useMutation(RefreshEvidenceDocument);
  const stageHeading = useRef<HTMLHeadingElement>(null);

  // What a save just wrote, until the server's answers come back with it (so a saved answer is
  // never shown as unsaved while the page reloads the assessment).
  const [justSaved, setJustSaved] = useState<ReadonlyMap<string, SavedAnswer>>(new Map());
  useEffect(() => setJustSaved(new Map()), [assessment.answers]);
  const saved = useMemo(() => {
    const byKey = new Map<string, SavedAnswer>();
    for (const answer of assessment.answers) byKey.set(answerKey(answer.itemId, answer.respondent), answer);
    for (const [key, answer] of justSaved) byKey.set(key, answer);
    return byKey;
  }, [assessment.answers, justSaved]);

  // A draft equal to what the server now holds is saved: drop it once the new answers arrive.
  useEffect(() => {
    setDrafts((previous) => {
      const kept = Object.entries(previous).filter(([key, draft]) => !sameAsSaved(draft, saved.get(key)));
      return kept.length === Object.keys(previous).length ? previous : Object.fromEntries(kept);
    });
  }, [saved]);

  const dirty = useMemo(
    () => Object.entries(drafts).filter(([key, draft]) => draft.value !== undefined && !sameAsSaved(draft, saved.get(key))),
    [drafts, saved],
  );

  useEffect(() => {
    if (dirty.length === 0) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty.length]);

  const current = useCallback(
    (itemId: string, who: string): Draft => {
      const key = answerKey(itemId, who);
      const draft = drafts[key];
      if (draft) return draft;
      const answer = saved.get(key);
      return { value: answer ? answerValue(answer) : undefined, note: answer?.note ?? '' };
    },
    [drafts, saved],
  );

  const setDraft = (itemId: string, change: Partial<Draft>) => {
    const key = answerKey(itemId, respondent);
    setDrafts((previous) => ({ ...previous, [key]: { ...current(itemId, respondent), ...change } }));
  };

  const answeredItems = useMemo(
    () => new Set(model.items.filter((item) => assessment.respondents.some((who) => current(item.id, who).value !== undefined)).map((item) => item.id)),
    [model.items, assessment.respondents, current],
  );
  const resultItems = useMemo(() => new Map(assessment.result.items.map((item) => [item.itemId, item])), [assessment.result.items]);

  /** Saves every unsaved answer in one call (all or none); true when nothing is left unsaved. */
  async function save(): Promise<boolean> {
    if (dirty.length === 0) return true;
    const sent: AnswerInput[] = dirty.map(([key, draft]) => {
      const [itemId, who] = key.split('\u0000') as [string, string];
      const value = draft.value!;
      const note = draft.note.trim() ? draft.note : null;
      return typeof value === 'number' ? { itemId, respondent: who, level: value, note } : { itemId, respondent: who, special: value, note };
    });
    setSaveError(undefined);
    try {
      await saveAnswers({ input: { assessmentId: assessment.id, answers: sent } });
      setJustSaved((previous) => new Map([...previous, ...sent.map((answer): [string, SavedAnswer] => [answerKey(answer.itemId, answer.respondent), answer])]));
      setSavedAt(new Date().toISOString());
      refetch();
      return true;
    } catch (error) {
      setSaveError({ error: error as ApiError, sent });
      return false;
    }
  }

  function goToStage(next: number) {
    navigate(`/assessments/${assessment.id}?stage=${next}`);
    stageHeading.current?.focus();
    window.scrollTo({ top: 0 });
  }

  async function saveAndGo(next: number) {
    if (await save()) goToStage(next);
  }

  async function submit() {
    setSubmitError(undefined);
    if (!(await save())) return;
    try {
      await submitAssessment({ id: assessment.id });
      navigate(`/assessments/${assessment.id}/report`);
    } catch (error) {
      setSubmitError(error as ApiError);
      setConfirming(false);
    }
  }

  async function refresh() {
    try {
      await refreshEvidence({ id: assessment.id });
      refetch();
    } catch {
      // shown through refreshState.error
    }
  }

  const stageInfo = model.stages.find((candidate) => candidate.number === stage);
  const stageItems = model.items.filter((item) => item.stage === stage);
  const unanswered = model.items.filter((item) => !answeredItems.has(item.id)).map((item) => item.id);
  const tierName = model.tiers.find((tier) => tier.key === stageInfo?.tier)?.name;

  return (
    <section className="assessment-page answering" aria-labelledby="answering-title">
      <p className="no-print">
        <Link to="/assessments">← {t.answer.back}</Link>
      </p>
      <h1 id="answering-title">{assessment.title}</h1>
      <p className="assessment-meta">
        <span className={`status-badge status-${assessment.status}`}>{t.status[assessment.status]}</span> · {t.list.columns.respondents}: {assessment.respondents.join(', ')} ·{' '}
        <Link to={`/assessments/${assessment.id}/report`}>{t.list.report}</Link>
      </p>
      {!can('assessments:write') && <p className="notice warning" data-testid="read-only-note">{t.readOnly}</p>}
      {assessment.status === 'SUBMITTED' && (
        <p className="notice success" data-testid="submitted-note">
          {format(t.answer.submittedNotice, { date: formatter.dateTime(assessment.submittedAt) })} <Link to={`/assessments/${assessment.id}/report`}>{t.answer.readReport}</Link>
        </p>
      )}

      <Card>
        <div className="progress-summary">
          <div>
            <strong>{t.answer.progress}: </strong>
            <span data-testid="answered-count">{format(t.answer.answeredCount, { answered: answeredItems.size, total: model.items.length })}</span>
            <progress max={model.items.length} value={answeredItems.size} aria-label={t.answer.progress} />
          </div>
          <div>
            <strong>{t.answer.headlineNow}: </strong>
            <span data-testid="live-headline">{assessment.result.headline}</span>
          </div>
          <div className="button-row">
            {editable && (
              <button type="button" className="primary" onClick={() => void save()} disabled={saveState.loading || dirty.length === 0} data-testid="save-top">
                {saveState.loading ? t.answer.saving : t.answer.save}
              </button>
            )}
            {can('assessments:write') && (
              <button type="button" onClick={refresh} disabled={refreshState.loading}>
                {refreshState.loading ? t.answer.refreshing : t.answer.refresh}
              </button>
            )}
          </div>
        </div>
        {refreshState.error && <ErrorMessage error={refreshState.error} />}
        <nav aria-label={t.answer.stages} className="stage-tabs">
          <ol>
            {STAGES.map((number) => {
              const info = model.stages.find((candidate) => candidate.number === number);
              const items = model.items.filter((item) => item.stage === number);
              const done = items.filter((item) => answeredItems.has(item.id)).length;
              return (
                <li key={number}>
                  <a
                    href={`#/assessments/${assessment.id}?stage=${number}`}
                    aria-current={number === stage ? 'step' : undefined}
                    className={done === items.length ? 'complete' : undefined}
                    data-testid={`stage-tab-${number}`}
                  >
                    <span className="tab-number">{number}</span> <span className="tab-name">{info?.name}</span>{' '}
                    <span className="tab-count">{format(t.answer.stageAnswered, { answered: done, total: items.length })}</span>
                  </a>
                </li>
              );
            })}
          </ol>
        </nav>
      </Card>

      {editable && assessment.respondents.length > 1 && (
        <fieldset className="respondent-picker">
          <legend>{t.answer.respondent}</legend>
          {assessment.respondents.map((who) => (
            <label key={who}>
              <input type="radio" name="respondent" value={who} checked={respondent === who} onChange={() => setRespondent(who)} /> {who}
            </label>
          ))}
          <p className="hint">{t.answer.respondentHint}</p>
        </fieldset>
      )}

      <details className="scale-legend">
        <summary>{t.answer.scale}</summary>
        <p className="hint">{t.answer.scaleHint}</p>
        <ol start={0}>
          {model.anchors.map((anchor) => (
            <li key={anchor.level} value={anchor.level}>
              <strong>{anchor.level}</strong> · {anchor.label}
            </li>
          ))}
        </ol>
      </details>

      <h2 ref={stageHeading} tabIndex={-1} className="stage-heading" data-testid="stage-heading">
        {format(t.stageNumber, { number: stage })} · {stageInfo?.name}
        {tierName && <span className="tier-chip">{tierName}</span>}
      </h2>
      <p className="hint">{stageInfo?.description}</p>

      {stageItems.map((item) => (
        <ItemCard
          key={item.id}
          item={item}
          model={model}
          respondent={respondent}
          respondents={assessment.respondents}
          draft={current(item.id, respondent)}
          dirty={dirty.some(([key]) => key === answerKey(item.id, respondent))}
          others={assessment.respondents.filter((who) => who !== respondent).map((who) => ({ who, value: current(item.id, who).value }))}
          result={resultItems.get(item.id)}
          editable={editable}
          assessmentId={assessment.id}
          onChange={(change) => setDraft(item.id, change)}
          onOverridden={refetch}
        />
      ))}

      <div className="save-bar no-print" role="region" aria-label={t.answer.save}>
        {saveError && <SaveErrorMessage error={saveError.error} sent={saveError.sent} />}
        <p role="status" aria-live="polite" data-testid="save-status">
          {dirty.length > 0 ? format(t.answer.unsavedCount, { count: dirty.length }) : savedAt ? format(t.answer.saved, { time: formatter.dateTime(savedAt) }) : t.answer.nothingToSave}
        </p>
        <div className="button-row">
          {stage > 1 && (
            <button type="button" onClick={() => goToStage(stage - 1)}>
              ← {t.answer.previous}
            </button>
          )}
          {editable && (
            <button type="button" onClick={() => void save()} disabled={saveState.loading || dirty.length === 0}>
              {saveState.loading ? t.answer.saving : t.answer.save}
            </button>
          )}
          {stage < 7 && (
            <button type="button" className="primary" onClick={() => (editable ? void saveAndGo(stage + 1) : goToStage(stage + 1))} disabled={saveState.loading}>
              {editable ? t.answer.next : `${format(t.stageNumber, { number: stage + 1 })} →`}
            </button>
          )}
        </div>
      </div>

      {editable && stage === 7 && (
        <Card title={t.answer.submitTitle} id="submit-assessment">
          <p>{t.answer.submitIntro}</p>
          <p data-testid="unanswered-summary" className={unanswered.length > 0 ? 'notice warning' : 'notice success'}>
            {unanswered.length > 0 ? format(t.answer.unansweredLeft, { count: unanswered.length, items: unanswered.join(', ') }) : t.answer.allAnswered}
          </p>
          {submitError && (
            <div data-testid="submit-error">
              <ErrorMessage error={submitError} />
            </div>
          )}
          {confirming ? (
            <div className="button-row">
              <button type="button" className="primary" onClick={() => void submit()} disabled={submitState.loading || saveState.loading}>
                {submitState.loading ? t.answer.submitting : t.answer.confirmSubmit}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t.answer.cancel}
              </button>
            </div>
          ) : (
            <button type="button" className="primary" onClick={() => setConfirming(true)}>
              {t.answer.submit}
            </button>
          )}
        </Card>
      )}
    </section>
  );
}

/** The server's refusal of a save, with the item and respondent its field points at. */
function SaveErrorMessage({ error, sent }: { error: ApiError; sent: AnswerInput[] }) {
  const t = useMessages(assessmentMessages);
  const index = /^input\.answers\[(\d+)\]/.exec(error.field ?? '')?.[1];
  const answer = index === undefined ? undefined : sent[Number(index)];
  return (
    <>
      {answer && <p className="notice error">{format(t.answer.itemInError, { item: answer.itemId, respondent: answer.respondent })}</p>}
      <ErrorMessage error={error} />
    </>
  );
}

function ItemCard({
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

function EvidencePanel({
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

function OverrideForm({ itemId, assessmentId, result, editable, onDone }: { itemId: string; assessmentId: string; result?: ResultItem; editable: boolean; onDone(): void }) {
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

function sameAsSaved(draft: Draft, answer: SavedAnswer | undefined): boolean {
  if (!answer) return draft.value === undefined;
  return draft.value === answerValue(answer) && (draft.note.trim() ? draft.note : null) === (answer.note ?? null);
}

function clampStage(value: number): number {
  return Number.isInteger(value) && value >= 1 && value <= 7 ? value : 1;
}
