import { Card, ErrorMessage } from '../../app/ui';
import { format, useMessages } from '../../i18n/i18n';
import { assessmentMessages } from './messages';
import type { AssessmentSubmission } from './use-assessment-submission';

/** The end of the last stage: which items are still unanswered, and submitting after a confirmation. */
export function SubmitCard({ unanswered, submission, saving }: { unanswered: string[]; submission: AssessmentSubmission; saving: boolean }) {
  const t = useMessages(assessmentMessages);
  const { confirming, setConfirming, submit, submitting, error } = submission;
  return (
    <Card title={t.answer.submitTitle} id="submit-assessment">
      <p>{t.answer.submitIntro}</p>
      <p data-testid="unanswered-summary" className={unanswered.length > 0 ? 'notice warning' : 'notice success'}>
        {unanswered.length > 0 ? format(t.answer.unansweredLeft, { count: unanswered.length, items: unanswered.join(', ') }) : t.answer.allAnswered}
      </p>
      {error && (
        <div data-testid="submit-error">
          <ErrorMessage error={error} />
        </div>
      )}
      {confirming ? (
        <div className="button-row">
          <button type="button" className="primary" onClick={() => void submit()} disabled={submitting || saving}>
            {submitting ? t.answer.submitting : t.answer.confirmSubmit}
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
  );
}
