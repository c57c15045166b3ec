import { useEffect } from 'react';
import { useQuery } from '../../api/hooks';
import { Link, navigate, useHashQuery } from '../../app/router';
import { ErrorMessage, Loading } from '../../app/ui';
import { apiLocale, useLocale, useMessages } from '../../i18n/i18n';
import { assessmentMessages } from './messages';
import { AssessmentReportDocument } from './operations';
import { Dimensions } from './ReportDimensions';
import { EvidenceTable } from './ReportEvidenceTable';
import { ReportHeader } from './ReportHeader';
import { Recommendations } from './ReportRecommendations';
import { Ladder, StageScores } from './ReportStages';
import './assessment.css';

/**
 * /assessments/:id/report — the report: headline, key figures, next steps, stage ladder, radar,
 * stage scores, recommendations and the answers with their evidence. A submitted assessment
 * shows the result frozen at submission, or (?result=live) the result now with the latest
 * evidence. Print prints the report alone (print CSS hides the console around it).
 */
export function ReportPage({ id }: { id: string }) {
  const t = useMessages(assessmentMessages);
  const { locale } = useLocale();
  const hashQuery = useHashQuery();
  const wantLive = hashQuery.get('result') === 'live';
  const query = useQuery(AssessmentReportDocument, { id, locale: apiLocale(locale) });

  const assessment = query.data?.assessment;
  useEffect(() => {
    if (!assessment) return;
    const previous = document.title;
    document.title = `${assessment.title} · ${t.report.documentTitle}`;
    return () => void (document.title = previous);
  }, [assessment, t.report.documentTitle]);

  if (query.error && !query.data) return <ErrorMessage error={query.error} onRetry={query.refetch} />;
  if (!query.data || !assessment) return <Loading />;
  const model = query.data.maturityModel;
  const frozen = assessment.frozen ?? undefined;
  const result = frozen && !wantLive ? frozen : assessment.live;
  const showingFrozen = result === frozen;

  return (
    <section className="assessment-page report-page">
      <div className="report-toolbar no-print">
        <Link to="/assessments">← {t.report.back}</Link>
        <Link to={`/assessments/${assessment.id}`}>{t.report.answers}</Link>
        {frozen && (
          <label className="inline-field">
            <span>{t.report.version}</span>
            <select
              value={showingFrozen ? 'frozen' : 'live'}
              onChange={(event) => navigate(`/assessments/${assessment.id}/report${event.target.value === 'live' ? '?result=live' : ''}`)}
              data-testid="result-version"
            >
              <option value="frozen">{t.report.frozen}</option>
              <option value="live">{t.report.live}</option>
            </select>
          </label>
        )}
        <button type="button" className="primary" onClick={() => window.print()} data-testid="print-report" title={t.report.printHint}>
          {t.report.print}
        </button>
      </div>
      {query.error && <ErrorMessage error={query.error} onRetry={query.refetch} />}
      {assessment.status === 'DRAFT' && <p className="notice warning no-print">{t.report.draftNote}</p>}

      <article className="assessment-report" data-testid="report" lang={locale}>
        <ReportHeader assessment={assessment} result={result} runs={query.data.maturityHistory.runs} t={t} />

        {result.nextSteps.length > 0 && (
          <section className="report-section next-steps">
            <h2>{t.report.nextSteps}</h2>
            <ol>
              {result.nextSteps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </section>
        )}

        <Ladder result={result} model={model} t={t} />

        <Dimensions result={result} targets={query.data.maturityHistory.targets} t={t} />

        <StageScores result={result} t={t} />
        <Recommendations result={result} model={model} t={t} />
        <EvidenceTable result={result} model={model} t={t} />
        <footer className="attribution">{t.report.attribution}</footer>
      </article>
    </section>
  );
}
