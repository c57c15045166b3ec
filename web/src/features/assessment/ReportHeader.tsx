import type { AssessmentReportQuery, AssessmentResultFieldsFragment } from '../../gql/graphql';
import { useSession } from '../../app/session';
import { format, useFormat } from '../../i18n/i18n';
import type { AssessmentMessages } from './messages';

type Result = AssessmentResultFieldsFragment;
type ReportAssessment = AssessmentReportQuery['assessment'];
type Run = AssessmentReportQuery['maturityHistory']['runs'][number];

/**
 * The head of the report: company, assessment and date, the headline, why it is provisional,
 * the key figures, and how it differs from the self-reported stage and from the run before.
 */
export function ReportHeader({ assessment, result, runs, t }: { assessment: ReportAssessment; result: Result; runs: Run[]; t: AssessmentMessages }) {
  const { viewer } = useSession();
  const formatter = useFormat();
  // The change since the run before, as it stood at submission (submitted assessments only).
  const runIndex = runs.findIndex((run) => run.assessmentId === assessment.id);
  const previousRun = runIndex > 0 ? runs[runIndex - 1] : undefined;
  const change = runIndex >= 0 ? runs[runIndex]!.change : null;
  return (
    <header className="report-header">
      <p className="company">{viewer?.tenant.name}</p>
      <p className="meta">
        {t.report.documentTitle} · {assessment.title} · <span className={`status-badge status-${assessment.status}`}>{t.status[assessment.status]}</span> ·{' '}
        {assessment.submittedAt
          ? format(t.report.submittedOn, { date: formatter.date(assessment.submittedAt) })
          : format(t.report.startedOn, { date: formatter.date(assessment.createdAt) })}
      </p>
      <h1 data-testid="report-headline">{result.headline}</h1>
      {result.provisional && (
        <div className="provisional" data-testid="provisional">
          <strong>{t.report.provisional}</strong>
          <ul>
            {result.provisionalReasons.map((reason) => (
              <li key={reason}>{t.provisionalReason[reason]}</li>
            ))}
          </ul>
        </div>
      )}
      <KeyFigures result={result} t={t} />
      {result.selfReported.stage !== result.evidenceAdjusted.stage && (
        <p className="notice warning" data-testid="stage-differs">
          {format(t.report.differs, { self: result.selfReported.stage, adjusted: result.evidenceAdjusted.stage })}
        </p>
      )}
      {previousRun && change && (
        <p data-testid="since-previous">
          {format(t.report.sincePrevious, {
            title: previousRun.title,
            date: formatter.date(previousRun.submittedAt),
            stage: signed(change.stage, 0),
            index: signed(change.index, 2),
          })}
        </p>
      )}
      <p className="respondents">
        <span>{t.report.respondents}: </span>
        {assessment.respondents.join(' · ')}
      </p>
      <p className="hint">{format(t.report.computedAt, { date: formatter.dateTime(result.computedAt) })}</p>
    </header>
  );
}

function KeyFigures({ result, t }: { result: Result; t: AssessmentMessages }) {
  const adjusted = result.evidenceAdjusted;
  return (
    <dl className="key-figures">
      <div>
        <dt>{t.report.tier}</dt>
        <dd>{adjusted.tierName ?? '—'}</dd>
      </div>
      <div>
        <dt>{t.report.evidenceAdjustedStage}</dt>
        <dd data-testid="evidence-adjusted-stage">
          {adjusted.stage} · {adjusted.stageName}
        </dd>
      </div>
      <div>
        <dt>{t.report.selfReportedStage}</dt>
        <dd data-testid="self-reported-stage">
          {result.selfReported.stage} · {result.selfReported.stageName}
        </dd>
      </div>
      <div>
        <dt>{t.report.maturityIndex}</dt>
        <dd data-testid="maturity-index">{adjusted.index.toFixed(2)} / 7</dd>
      </div>
      <div>
        <dt>{t.report.confidence}</dt>
        <dd>
          <span className={`band band-${result.confidence.band}`}>{t.band[result.confidence.band]}</span> {result.confidence.value.toFixed(2)}
        </dd>
      </div>
    </dl>
  );
}

function signed(value: number, digits: number): string {
  const text = value.toFixed(digits);
  return value > 0 ? `+${text}` : text;
}
