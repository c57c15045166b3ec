import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ApiError } from '../../api/client';
import { useMutation } from '../../api/hooks';
import type { AnswerInput } from '../../gql/graphql';
import type { AnsweringAssessment, Draft } from './answering-types';
import { answerKey, answerValue, type SavedAnswer } from './model';
import { AnswerItemsDocument } from './operations';

/** The server's refusal of a save, with the answers that were sent (its field indexes them). */
export interface SaveFailure {
  error: ApiError;
  sent: AnswerInput[];
}

export interface AnswerDrafts {
  /** Unsaved drafts as [answerKey, draft], those with a value that differs from the saved answer. */
  dirty: [string, Draft][];
  /** The draft of one item and respondent, else the saved answer, else an empty draft. */
  current(itemId: string, respondent: string): Draft;
  setDraft(itemId: string, respondent: string, change: Partial<Draft>): void;
  /** Saves every unsaved answer in one call (all or none); true when nothing is left unsaved. */
  save(): Promise<boolean>;
  saving: boolean;
  savedAt?: string;
  saveError?: SaveFailure;
}

/**
 * The answers of an assessment as the form edits them: drafts over the saved answers, which of
 * them are unsaved, and saving them (the page reloads the assessment through `refetch`).
 */
export function useAnswerDrafts(assessment: AnsweringAssessment, refetch: () => void): AnswerDrafts {
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [savedAt, setSavedAt] = useState<string | undefined>();
  const [saveError, setSaveError] = useState<SaveFailure | undefined>();
  const [saveAnswers, saveState] = useMutation(AnswerItemsDocument);

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

  useWarnBeforeUnload(dirty.length > 0);

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

  const setDraft = (itemId: string, respondent: string, change: Partial<Draft>) => {
    const key = answerKey(itemId, respondent);
    setDrafts((previous) => ({ ...previous, [key]: { ...current(itemId, respondent), ...change } }));
  };

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

  return { dirty, current, setDraft, save, saving: saveState.loading, savedAt, saveError };
}

/** Asks the browser to confirm leaving the page while `unsaved` holds. */
function useWarnBeforeUnload(unsaved: boolean) {
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
}

function sameAsSaved(draft: Draft, answer: SavedAnswer | undefined): boolean {
  if (!answer) return draft.value === undefined;
  return draft.value === answerValue(answer) && (draft.note.trim() ? draft.note : null) === (answer.note ?? null);
}
