import type { AssessmentReportQuery, AssessmentResultFieldsFragment } from '../../gql/graphql';
import type { AssessmentMessages } from './messages';
import { percent } from './model';
import { Radar } from './Radar';

type Result = AssessmentResultFieldsFragment;
type Targets = AssessmentReportQuery['maturityHistory']['targets'];

/** The evidence-adjusted level of every dimension, as a radar and a table, against the targets, with the floor named. */
export function Dimensions({ result, targets, t }: { result: Result; targets: Targets; t: AssessmentMessages }) {
  return (
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
  );
}
