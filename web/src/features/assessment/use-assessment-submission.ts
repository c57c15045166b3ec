import { useState } from 'react';
import type { ApiError } from '../../api/client';
import { useMutation } from '../../api/hooks';
import { navigate } from '../../app/router';
import { SubmitAssessmentDocument } from './operations';

export interface AssessmentSubmission {
  /** True once the user asked to submit and the page waits for the confirmation. */
  confirming: boolean;
  setConfirming(confirming: boolean): void;
  /** Saves what is unsaved, submits, and opens the report; on a refusal, keeps the error. */
  submit(): Promise<void>;
  submitting: boolean;
  error?: ApiError;
}

/**
 * Submitting an assessment. The form holds this (not the submit card, which shows on the last
 * stage only) so a pending confirmation or a refusal survives a visit to another stage.
 */
export function useAssessmentSubmission(assessmentId: string, save: () => Promise<boolean>): AssessmentSubmission {
  const [confirming, setConfirming] = useState(false);
  const [submitError, setSubmitError] = useState<ApiError | undefined>();
  const [submitAssessment, submitState] = useMutation(SubmitAssessmentDocument);

  async function submit() {
    setSubmitError(undefined);
    if (!(await save())) return;
    try {
      await submitAssessment({ id: assessmentId });
      navigate(`/assessments/${assessmentId}/report`);
    } catch (error) {
      setSubmitError(error as ApiError);
      setConfirming(false);
    }
  }

  return { confirming, setConfirming, submit, submitting: submitState.loading, error: submitError };
}
