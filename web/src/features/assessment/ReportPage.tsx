import { useEffect } from 'react';
import { useQuery } from '../../api/hooks';
import type { AssessmentResultFieldsFragment } from '../../gql/graphql';
import { Link, navigate, useHashQuery } from '../../app/router';
import { useSession } from '../../app/session';
import { ErrorMessage, Loading } from '../../app/ui';
import { apiLocale, format, useFormat, useLocale, useMessages } from '../../i18n/i18n';
import { assessmentMessages, type AssessmentMessages } from './messages';
import { answerLabel, answerValue, evidenceValue, percent, score, type AnswerValue, type Model } from './model';
import { AssessmentReportDocument } from './operations';
import { Radar } from './Radar';
import './assessment.css';

type Result = AssessmentResultFieldsFragment;

/**
 * /assessments/:id/report — the report: headline, key figures, next steps, stage ladder, radar,
 * stage scores, recommendations and the answers with their evidence. A submitted assessment
 * shows the result frozen at submission, or (?result=live) the result now with the latest
 * evidence. Print prints the report alone (print CSS hides the console around it).
 */
export function ReportPage({ id }: { id: string }) {
  const t = useMessages(assessmentMessages);
  const { locale } = useLocale();
  const { viewer } = useSession();
  const formatter = useFormat();
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
  const targets = query.data.maturityHistory.targets;
  // The change since the run before, as it stood at submission (submitted assessments only).
  const runs = query.data.maturityHistory.runs;
  const runIndex = runs.findIndex((run) => run.assessmentId === assessment.id);
  const previousRun = runIndex > 0 ? runs[runIndex - 1] : undefined;
  const change = runIndex >= 0 ? runs[runIndex]!.change : null;

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

        <section className="report-section dimensions">
          <h2>{t.report.dimensions}</h2>
          <div className="dimension-layout">
            <Radar
              axes={result.evidenceAdjusted.dimensions.map((dimension) => ({
                key: dimension.dimension,
                name: dimension.name,
                level: dimension.level,
                target: targets.dimensions.find((target) => target.dimension === dimension.dimension)?.level ?? null,
              }))}
              label={t.report.radarLabel}
              levelWord={t.report.level}
              targetWord={t.report.target}
            />
            <table className="compact" data-testid="dimension-table">
              <thead>
                <tr>
                  <th scope="col">{t.report.dimension}</th>
                  <th scope="col" className="number">{t.report.level}</th>
                  <th scope="col" className="number">{t.report.mean}</th>
                  {targets.dimensions.length > 0 && <th scope="col" className="number">{t.report.target}</th>}
                </tr>
              </thead>
              <tbody>
                {result.evidenceAdjusted.dimensions.map((dimension) => (
                  <tr key={dimension.dimension} className={dimension.dimension === result.evidenceAdjusted.floor ? 'floor' : undefined}>
                    <th scope="row">{dimension.name}</th>
                    <td className="number">{dimension.level}</td>
                    <td className="number">{percent(dimension.mean)}</td>
                    {targets.dimensions.length > 0 && <td className="number">{targets.dimensions.find((target) => target.dimension === dimension.dimension)?.level ?? '—'}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            {t.report.floor}: <strong data-testid="floor">{result.evidenceAdjusted.dimensions.find((dimension) => dimension.dimension === result.evidenceAdjusted.floor)?.name}</strong>
          </p>
        </section>

        <StageScores result={result} t={t} />
        <Recommendations result={result} model={model} t={t} />
        <EvidenceTable result={result} model={model} t={t} />
        <footer className="attribution">{t.report.attribution}</footer>
      </article>
    </section>
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

function Ladder({ result, model, t }: { result: Result; model: Model; t: AssessmentMessages }) {
  const scores = result.evidenceAdjusted.stageScores;
  const tierOf = (stage: number) => model.stages.find((candidate) => candidate.number === stage)?.tier ?? 'ATTRACT';
  // Consecutive stages of one tier share a band under the ladder.
  const bands: { tier: string; span: number }[] = [];
  for (const step of scores) {
    const tier = tierOf(step.stage);
    const last = bands.at(-1);
    if (last && last.tier === tier) last.span += 1;
    else bands.push({ tier, span: 1 });
  }
  return (
    <section className="report-section ladder">
      <h2>{t.report.ladder}</h2>
      <ol className="ladder-steps" data-testid="ladder">
        {scores.map((step) => {
          const current = step.stage === result.evidenceAdjusted.stage;
          return (
            <li
              key={step.stage}
              className={`ladder-step tier-${tierOf(step.stage)} ${step.achieved ? 'achieved' : 'open'}${current ? ' current' : ''}`}
              style={{ ['--rise' as string]: step.stage }}
              data-testid="ladder-step"
              aria-current={current ? 'step' : undefined}
            >
              <div className="step-block">
                <span className="step-number">{step.stage}</span>
                <span className="step-name">{step.name}</span>
                <span className="step-score">{percent(step.score)}</span>
              </div>
              <div className="step-notes">
                {current && <span className="tag">{t.report.current}</span>}
                {step.achieved && <span className="tick">✓ {t.report.achieved}</span>}
                {step.failingGates.length > 0 && (
                  <span className="gates">
                    {t.report.failingGates}: {step.failingGates.join(', ')}
                  </span>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <ol className="tier-bands" aria-hidden="true">
        {bands.map((band, index) => (
          <li key={index} className={`tier-band tier-${band.tier}`} style={{ gridColumn: `span ${band.span}` }}>
            {model.tiers.find((tier) => tier.key === band.tier)?.name}
          </li>
        ))}
      </ol>
      {result.evidenceAdjusted.aheadOfFoundations.length > 0 && (
        <p className="notice warning">{format(t.report.aheadOfFoundations, { stages: result.evidenceAdjusted.aheadOfFoundations.join(', ') })}</p>
      )}
    </section>
  );
}

function StageScores({ result, t }: { result: Result; t: AssessmentMessages }) {
  return (
    <section className="report-section stage-scores">
      <h2>{t.report.stageScores}</h2>
      {result.evidenceAdjusted.stageScores.map((step) => (
        <div key={step.stage} className={`bar-row${step.stage === result.evidenceAdjusted.stage ? ' current' : ''}`}>
          <span className="bar-label">
            {step.stage} · {step.name}
          </span>
          <span className="bar-track" role="img" aria-label={`${step.stage} · ${step.name}: ${percent(step.score)}`}>
            <span className="bar-fill" style={{ width: `${Math.min(100, Math.max(0, step.score * 100))}%` }} />
            <span className="bar-threshold" />
          </span>
          <span className="bar-value">{percent(step.score)}</span>
        </div>
      ))}
      <p className="hint">
        <span className="threshold-legend" />
        {t.report.threshold}
      </p>
    </section>
  );
}

function Recommendations({ result, model, t }: { result: Result; model: Model; t: AssessmentMessages }) {
  const { locale } = useLocale();
  return (
    <section className="report-section recommendations">
      <h2>{t.report.recommendations}</h2>
      {result.recommendations.length === 0 && <p>{t.report.noRecommendations}</p>}
      <ol>
        {result.recommendations.map((recommendation) => {
          const evidence = recommendation.item.evidence;
          return (
            <li key={recommendation.item.itemId} className="recommendation" data-testid="recommendation">
              <h3>
                {recommendation.title} <span className="reason">{t.reason[recommendation.reason]}</span>
              </h3>
              <p className="action">{recommendation.action}</p>
              <dl className="recommendation-facts">
                <div>
                  <dt>{t.report.kpi}</dt>
                  <dd>{recommendation.kpi}</dd>
                </div>
                <div>
                  <dt>{t.report.ownerRole}</dt>
                  <dd>{recommendation.ownerRole}</dd>
                </div>
                <div>
                  <dt>{t.report.feature}</dt>
                  <dd>{recommendation.feature}</dd>
                </div>
              </dl>
              <p className="triggered-by">
                <strong>{t.report.triggeredBy}: </strong>
                {recommendation.item.itemId} · {recommendation.item.text} —{' '}
                {recommendation.item.answers.map((answer) => `${answer.respondent}: ${answerLabel(model, t, answerValue(answer) as AnswerValue | undefined)}`).join(' · ') || t.unanswered}
                {evidence && evidence.level !== null && evidence.level !== undefined && (
                  <>
                    {' '}
                    — {evidence.name}: {evidenceValue(evidence.measure, evidence.value, locale)} → {evidence.level.toFixed(2)} ({t.itemStatus[recommendation.item.status]})
                  </>
                )}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function EvidenceTable({ result, model, t }: { result: Result; model: Model; t: AssessmentMessages }) {
  const { locale } = useLocale();
  return (
    <section className="report-section evidence">
      <h2>{t.report.evidenceTable}</h2>
      <div className="table-scroll">
        <table data-testid="evidence-table">
          <thead>
            <tr>
              <th scope="col">{t.report.item}</th>
              <th scope="col">{t.report.statement}</th>
              <th scope="col">{t.report.selfAnswer}</th>
              <th scope="col">{t.report.measure}</th>
              <th scope="col">{t.report.value}</th>
              <th scope="col" className="number">{t.report.evidenceLevel}</th>
              <th scope="col">{t.report.status}</th>
              <th scope="col" className="number">{t.report.effectiveScore}</th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((item) => {
              const bound = model.items.find((candidate) => candidate.id === item.itemId)?.evidence;
              return (
                <tr key={item.itemId} className={`status-${item.status}`} data-testid={`evidence-row-${item.itemId}`}>
                  <td className="item-id">{item.itemId}</td>
                  <td>{item.text}</td>
                  <td>{selfAnswer(item, model, t)}</td>
                  <td>{item.evidence?.name ?? bound?.name ?? '—'}</td>
                  <td>{item.evidence ? evidenceValue(item.evidence.measure, item.evidence.value, locale) : '—'}</td>
                  <td className="number">{score(item.evidenceLevel)}</td>
                  <td>
                    <span className="status-label">{t.itemStatus[item.status]}</span>
                  </td>
                  <td className="number">{score(item.effectiveScore)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function signed(value: number, digits: number): string {
  const text = value.toFixed(digits);
  return value > 0 ? `+${text}` : text;
}

/** The median answer: an anchor when it is a whole level, else "2.5 / 4". */
function selfAnswer(item: Result['items'][number], model: Model, t: AssessmentMessages): string {
  if (!item.applicable) return t.notApplicable;
  if (item.unanswered) return t.unanswered;
  if (item.unknown) return t.unknown;
  const level = (item.selfScore ?? 0) * 4;
  return Number.isInteger(level) ? answerLabel(model, t, level) : `${level} / 4`;
}
