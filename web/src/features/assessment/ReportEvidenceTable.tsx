import type { AssessmentResultFieldsFragment } from '../../gql/graphql';
import { ScrollRegion } from '../../app/ui';
import { useLocale } from '../../i18n/i18n';
import type { AssessmentMessages } from './messages';
import { answerLabel, evidenceValue, score, type Model } from './model';

type Result = AssessmentResultFieldsFragment;

/** Every item's self answer beside its measure, value and evidence level, its status and effective score. */
export function EvidenceTable({ result, model, t }: { result: Result; model: Model; t: AssessmentMessages }) {
  const { locale } = useLocale();
  return (
    <section className="report-section evidence">
      <h2>{t.report.evidenceTable}</h2>
      <ScrollRegion label={t.report.evidenceTable}>
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
      </ScrollRegion>
    </section>
  );
}

/** The median answer: an anchor when it is a whole level, else "2.5 / 4". */
function selfAnswer(item: Result['items'][number], model: Model, t: AssessmentMessages): string {
  if (!item.applicable) return t.notApplicable;
  if (item.unanswered) return t.unanswered;
  if (item.unknown) return t.unknown;
  const level = (item.selfScore ?? 0) * 4;
  return Number.isInteger(level) ? answerLabel(model, t, level) : `${level} / 4`;
}
