import type { AssessmentResultFieldsFragment } from '../../gql/graphql';
import { useLocale } from '../../i18n/i18n';
import type { AssessmentMessages } from './messages';
import { answerLabel, answerValue, evidenceValue, type AnswerValue, type Model } from './model';

type Result = AssessmentResultFieldsFragment;

/** What to do next, item by item: the action, its KPI, owner and feature, and the answers and evidence behind it. */
export function Recommendations({ result, model, t }: { result: Result; model: Model; t: AssessmentMessages }) {
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
