import { useMutation } from '../../api/hooks';
import { useSession } from '../../app/session';
import { Card, ErrorMessage } from '../../app/ui';
import { format, useMessages } from '../../i18n/i18n';
import type { AnsweringAssessment } from './answering-types';
import { assessmentMessages } from './messages';
import type { Model } from './model';
import { RefreshEvidenceDocument } from './operations';

const STAGES = [1, 2, 3, 4, 5, 6, 7];

/**
 * The top of the answering page: progress, the headline the answers give now, saving, refreshing
 * the evidence, and a tab per stage with how many of its items are answered.
 */
export function ProgressCard({
  assessment,
  model,
  stage,
  answeredItems,
  editable,
  saving,
  nothingToSave,
  onSave,
  onRefreshed,
}: {
  assessment: AnsweringAssessment;
  model: Model;
  stage: number;
  answeredItems: ReadonlySet<string>;
  editable: boolean;
  saving: boolean;
  nothingToSave: boolean;
  onSave(): void;
  onRefreshed(): void;
}) {
  const t = useMessages(assessmentMessages);
  const { can } = useSession();
  const [refreshEvidence, refreshState] = useMutation(RefreshEvidenceDocument);

  async function refresh() {
    try {
      await refreshEvidence({ id: assessment.id });
      onRefreshed();
    } catch {
      // shown through refreshState.error
    }
  }

  return (
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
            <button type="button" className="primary" onClick={onSave} disabled={saving || nothingToSave} data-testid="save-top">
              {saving ? t.answer.saving : t.answer.save}
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
      <StageTabs assessmentId={assessment.id} model={model} stage={stage} answeredItems={answeredItems} />
    </Card>
  );
}

function StageTabs({ assessmentId, model, stage, answeredItems }: { assessmentId: string; model: Model; stage: number; answeredItems: ReadonlySet<string> }) {
  const t = useMessages(assessmentMessages);
  return (
    <nav aria-label={t.answer.stages} className="stage-tabs">
      <ol>
        {STAGES.map((number) => {
          const info = model.stages.find((candidate) => candidate.number === number);
          const items = model.items.filter((item) => item.stage === number);
          const done = items.filter((item) => answeredItems.has(item.id)).length;
          return (
            <li key={number}>
              <a
                href={`#/assessments/${assessmentId}?stage=${number}`}
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
  );
}
