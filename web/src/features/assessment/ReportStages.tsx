import type { AssessmentResultFieldsFragment } from '../../gql/graphql';
import { format } from '../../i18n/i18n';
import type { AssessmentMessages } from './messages';
import { percent, type Model } from './model';

type Result = AssessmentResultFieldsFragment;

/** The stages as a rising ladder, banded by tier, with the current and achieved stages marked. */
export function Ladder({ result, model, t }: { result: Result; model: Model; t: AssessmentMessages }) {
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

/** Every stage's score as a bar against the threshold a stage must reach to count as achieved. */
export function StageScores({ result, t }: { result: Result; t: AssessmentMessages }) {
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
