import type { ApiError } from '../../api/client';
import { ErrorMessage } from '../../app/ui';
import type { AnswerInput } from '../../gql/graphql';
import { format, useFormat, useMessages } from '../../i18n/i18n';
import { assessmentMessages } from './messages';
import type { AnswerDrafts } from './use-answer-drafts';

/**
 * The bar under the stage's items: what is unsaved or when it was saved, the save error, and
 * moving between stages (saving first when the assessment is editable).
 */
export function SaveBar({ stage, editable, drafts, onGoToStage }: { stage: number; editable: boolean; drafts: AnswerDrafts; onGoToStage(next: number): void }) {
  const t = useMessages(assessmentMessages);
  const formatter = useFormat();
  const { dirty, savedAt, saveError, saving, save } = drafts;

  async function saveAndGo(next: number) {
    if (await save()) onGoToStage(next);
  }

  return (
    <div className="save-bar no-print" role="region" aria-label={t.answer.save}>
      {saveError && <SaveErrorMessage error={saveError.error} sent={saveError.sent} />}
      <p role="status" aria-live="polite" data-testid="save-status">
        {dirty.length > 0 ? format(t.answer.unsavedCount, { count: dirty.length }) : savedAt ? format(t.answer.saved, { time: formatter.dateTime(savedAt) }) : t.answer.nothingToSave}
      </p>
      <div className="button-row">
        {stage > 1 && (
          <button type="button" onClick={() => onGoToStage(stage - 1)}>
            ← {t.answer.previous}
          </button>
        )}
        {editable && (
          <button type="button" onClick={() => void save()} disabled={saving || dirty.length === 0}>
            {saving ? t.answer.saving : t.answer.save}
          </button>
        )}
        {stage < 7 && (
          <button type="button" className="primary" onClick={() => (editable ? void saveAndGo(stage + 1) : onGoToStage(stage + 1))} disabled={saving}>
            {editable ? t.answer.next : `${format(t.stageNumber, { number: stage + 1 })} →`}
          </button>
        )}
      </div>
    </div>
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
