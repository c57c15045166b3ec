import { useMemo, useRef, useState } from 'react';
import { useQuery } from '../../api/hooks';
import { Link, navigate, useHashQuery } from '../../app/router';
import { useSession } from '../../app/session';
import { ErrorMessage, Loading } from '../../app/ui';
import { apiLocale, format, useFormat, useLocale, useMessages } from '../../i18n/i18n';
import type { AnsweringAssessment } from './answering-types';
import { ItemCard } from './ItemCard';
import { assessmentMessages, type AssessmentMessages } from './messages';
import { answerKey, type Model } from './model';
import { AssessmentAnsweringDocument } from './operations';
import { ProgressCard } from './ProgressCard';
import { SaveBar } from './SaveBar';
import { SubmitCard } from './SubmitCard';
import { useAnswerDrafts } from './use-answer-drafts';
import { useAssessmentSubmission } from './use-assessment-submission';
import './assessment.css';

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
  assessment: AnsweringAssessment;
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
  const drafts = useAnswerDrafts(assessment, refetch);
  const { current, dirty } = drafts;
  const submission = useAssessmentSubmission(assessment.id, drafts.save);
  const stageHeading = useRef<HTMLHeadingElement>(null);

  const answeredItems = useMemo(
    () => new Set(model.items.filter((item) => assessment.respondents.some((who) => current(item.id, who).value !== undefined)).map((item) => item.id)),
    [model.items, assessment.respondents, current],
  );
  const resultItems = useMemo(() => new Map(assessment.result.items.map((item) => [item.itemId, item])), [assessment.result.items]);

  function goToStage(next: number) {
    navigate(`/assessments/${assessment.id}?stage=${next}`);
    stageHeading.current?.focus();
    window.scrollTo({ top: 0 });
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

      <ProgressCard
        assessment={assessment}
        model={model}
        stage={stage}
        answeredItems={answeredItems}
        editable={editable}
        saving={drafts.saving}
        nothingToSave={dirty.length === 0}
        onSave={() => void drafts.save()}
        onRefreshed={refetch}
      />

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
          onChange={(change) => drafts.setDraft(item.id, respondent, change)}
          onOverridden={refetch}
        />
      ))}

      <SaveBar stage={stage} editable={editable} drafts={drafts} onGoToStage={goToStage} />

      {editable && stage === 7 && <SubmitCard unanswered={unanswered} submission={submission} saving={drafts.saving} />}
    </section>
  );
}

function clampStage(value: number): number {
  return Number.isInteger(value) && value >= 1 && value <= 7 ? value : 1;
}
