import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '../../api/hooks';
import type { ApiError } from '../../api/client';
import { Link, navigate } from '../../app/router';
import { useSession } from '../../app/session';
import { Card, ErrorMessage, Loading, ScrollRegion } from '../../app/ui';
import { apiLocale, format, useFormat, useLocale, useMessages } from '../../i18n/i18n';
import { assessmentMessages } from './messages';
import { AssessmentListDocument, StartAssessmentDocument } from './operations';

const ITEM_COUNT = 35;
const TITLE_MAX = 200;

/** /assessments: every assessment of the company, and (with assessments:write) the start form. */
export function AssessmentListPage() {
  const t = useMessages(assessmentMessages);
  const { locale } = useLocale();
  const { can } = useSession();
  const formatter = useFormat();
  const list = useQuery(AssessmentListDocument, { locale: apiLocale(locale) });
  const canWrite = can('assessments:write');
  // Newest first: the API lists them oldest first.
  const assessments = [...(list.data?.assessments ?? [])].reverse();

  return (
    <section className="assessment-page" aria-labelledby="assessments-title">
      <h1 id="assessments-title">{t.list.title}</h1>
      <p className="hint">{t.list.intro}</p>
      <p>
        <Link to="/assessments/history">{t.list.historyLink}</Link>
      </p>
      {canWrite ? <StartForm /> : <p className="notice warning" data-testid="read-only-note">{t.readOnly}</p>}
      <Card title={t.list.tableTitle} id="assessment-list">
        {list.error && <ErrorMessage error={list.error} onRetry={list.refetch} />}
        {list.loading && !list.data && <Loading />}
        {list.data && assessments.length === 0 && <p>{canWrite ? t.list.empty : t.list.emptyReadOnly}</p>}
        {assessments.length > 0 && (
          <ScrollRegion label={t.list.title}>
            <table data-testid="assessment-list">
              <thead>
                <tr>
                  <th scope="col">{t.list.columns.title}</th>
                  <th scope="col">{t.list.columns.status}</th>
                  <th scope="col">{t.list.columns.started}</th>
                  <th scope="col">{t.list.columns.submitted}</th>
                  <th scope="col">{t.list.columns.respondents}</th>
                  <th scope="col">{t.list.columns.progress}</th>
                  <th scope="col">{t.list.columns.result}</th>
                  <th scope="col">{t.list.columns.actions}</th>
                </tr>
              </thead>
              <tbody>
                {assessments.map((assessment) => {
                  const answered = new Set(assessment.answers.map((answer) => answer.itemId)).size;
                  return (
                    <tr key={assessment.id} data-testid="assessment-row">
                      <th scope="row">
                        <Link to={`/assessments/${assessment.id}`}>{assessment.title}</Link>
                      </th>
                      <td>
                        <span className={`status-badge status-${assessment.status}`}>{t.status[assessment.status]}</span>
                      </td>
                      <td>{formatter.date(assessment.createdAt)}</td>
                      <td>{formatter.date(assessment.submittedAt)}</td>
                      <td>{assessment.respondents.join(', ')}</td>
                      <td className="number">{format(t.list.answered, { answered, total: ITEM_COUNT })}</td>
                      <td>{assessment.submittedResult?.headline ?? '—'}</td>
                      <td className="row-actions">
                        <Link to={`/assessments/${assessment.id}`}>{assessment.status === 'DRAFT' && canWrite ? t.list.continue : t.list.answers}</Link>
                        <Link to={`/assessments/${assessment.id}/report`}>{t.list.report}</Link>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </Card>
    </section>
  );
}

function StartForm() {
  const t = useMessages(assessmentMessages);
  const [title, setTitle] = useState('');
  const [respondents, setRespondents] = useState('');
  const [start, state] = useMutation(StartAssessmentDocument);
  const [error, setError] = useState<ApiError | undefined>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    const names = respondents.split('\n').map((name) => name.trim()).filter(Boolean);
    try {
      // The server checks the title and the respondents and names the field it refuses.
      const data = await start({ input: { title, respondents: names } });
      navigate(`/assessments/${data.startAssessment.id}`);
    } catch (failure) {
      setError(failure as ApiError);
    }
  }

  const titleError = error?.field === 'input.title';
  const respondentsError = error?.field?.startsWith('input.respondents') ?? false;
  return (
    <Card title={t.list.startTitle} id="start-assessment">
      <form onSubmit={submit} noValidate data-testid="start-form">
        <div className="field">
          <label htmlFor="assessment-title">{t.list.titleLabel}</label>
          <input
            id="assessment-title"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            aria-describedby="assessment-title-hint"
            aria-invalid={titleError || undefined}
            required
          />
          <p className="hint" id="assessment-title-hint">
            {t.list.titleHint} <span className={title.length > TITLE_MAX ? 'over-limit' : undefined}>{format(t.list.characters, { count: title.length, max: TITLE_MAX })}</span>
          </p>
        </div>
        <div className="field">
          <label htmlFor="assessment-respondents">{t.list.respondentsLabel}</label>
          <textarea
            id="assessment-respondents"
            rows={3}
            value={respondents}
            onChange={(event) => setRespondents(event.target.value)}
            aria-describedby="assessment-respondents-hint"
            aria-invalid={respondentsError || undefined}
          />
          <p className="hint" id="assessment-respondents-hint">
            {t.list.respondentsHint}
          </p>
        </div>
        {error && <ErrorMessage error={error} />}
        <button type="submit" className="primary" disabled={state.loading}>
          {state.loading ? t.list.starting : t.list.start}
        </button>
      </form>
    </Card>
  );
}
