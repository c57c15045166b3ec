import { useQuery } from '../../api/hooks';
import { Card } from '../../app/ui';
import type { DashboardNpsQuery, MetricDimension } from '../../gql/graphql';
import { format, useMessages } from '../../i18n/i18n';
import { breakdownFrom, dimensionName } from './breakdowns';
import { apiWindow, isOrdered } from './dashboard-range';
import { BreakdownSelect, DashboardPage, QueryView } from './DashboardPage';
import { ComparisonNote, Figure, Figures, LowSampleFlag, NoValue, useDashboardFormat } from './figures';
import { dashboardMessages } from './messages';
import { NpsGroupsChart, NpsGroupsTable } from './NpsGroups';
import { NpsTrendChart, NpsTrendTable } from './NpsTrend';
import { DashboardNpsDocument } from './operations';
import { useDashboardState } from './use-dashboard-state';

export type NpsResult = DashboardNpsQuery['nps'];

const NPS_BREAKDOWNS: readonly MetricDimension[] = ['CHANNEL', 'RFM_SEGMENT', 'REGION', 'JOURNEY_STAGE'];

/** /dashboards/nps — the NPS of the range, its trend with the margin of error, and a breakdown. */
export function NpsPage() {
  const t = useMessages(dashboardMessages);
  const state = useDashboardState();
  const breakdown = breakdownFrom(state.param('by'), NPS_BREAKDOWNS);
  const input = { ...apiWindow(state.range, state.timeZone), interval: state.range.interval, groupBy: breakdown };
  const query = useQuery(DashboardNpsDocument, { input }, { skip: !isOrdered(state.range) });
  const controls = <BreakdownSelect id="nps-breakdown" offered={NPS_BREAKDOWNS} value={breakdown} onChange={(by) => state.update({ params: { by } })} />;
  return (
    <DashboardPage id="nps" state={state} title={t.nps.title} intro={t.nps.intro} controls={controls}>
      <QueryView query={query}>
        {(data) => (
          <>
            <NpsSummary nps={data.nps} />
            <NpsTrendCard nps={data.nps} threshold={data.analyticsSettings.lowSampleThreshold} />
            {/* Labelled by the answer's own breakdown: while a new one loads, the old figures stay named as theirs. */}
            {data.nps.window.groupBy && <NpsGroupsCard nps={data.nps} dimension={data.nps.window.groupBy} />}
          </>
        )}
      </QueryView>
    </DashboardPage>
  );
}

function NpsSummary({ nps }: { nps: NpsResult }) {
  const t = useMessages(dashboardMessages);
  const formatter = useDashboardFormat();
  const total = nps.total;
  return (
    <Card title={t.nps.summaryTitle} id="nps-summary">
      <Figures>
        <Figure
          label={t.nps.score}
          testId="nps-total"
          note={
            <>
              {total.lowSample && <LowSampleFlag />} <ComparisonNote comparison={total.previous} show={(value) => formatter.number(value)} />
            </>
          }
        >
          {total.nps == null ? <NoValue reason={total.reason} /> : formatter.number(total.nps)}
        </Figure>
        <Figure label={t.nps.marginOfError} testId="nps-margin">
          {total.marginOfError == null ? <NoValue reason={total.reason} /> : `± ${formatter.number(total.marginOfError)}`}
        </Figure>
        <Figure label={t.nps.answers} testId="nps-n">
          {formatter.integer(total.n)}
        </Figure>
        <Figure label={t.nps.promoters} note={formatter.share(total.promoterShare)}>
          {formatter.integer(total.promoters)}
        </Figure>
        <Figure label={t.nps.passives} note={total.n > 0 ? formatter.share(total.passives / total.n) : undefined}>
          {formatter.integer(total.passives)}
        </Figure>
        <Figure label={t.nps.detractors} note={formatter.share(total.detractorShare)}>
          {formatter.integer(total.detractors)}
        </Figure>
      </Figures>
    </Card>
  );
}

function NpsTrendCard({ nps, threshold }: { nps: NpsResult; threshold: number }) {
  const t = useMessages(dashboardMessages);
  const dimension = nps.window.groupBy;
  const title = dimension ? format(t.nps.trendTitleByGroup, { dimension: dimensionName(t, dimension) }) : t.nps.trendTitle;
  return (
    <Card title={title} id="nps-trend">
      <NpsTrendChart nps={nps} />
      <p className="hint">
        {!dimension && <>{format(t.nps.bandHint, { sign: t.nps.marginOfError })} </>}
        {format(t.common.lowSampleThreshold, { threshold })} {t.common.gapLegend}
      </p>
      <NpsTrendTable nps={nps} />
    </Card>
  );
}

function NpsGroupsCard({ nps, dimension }: { nps: NpsResult; dimension: MetricDimension }) {
  const t = useMessages(dashboardMessages);
  return (
    <Card title={format(t.nps.groupsTitle, { dimension: dimensionName(t, dimension) })} id="nps-groups">
      <NpsGroupsChart groups={nps.groups} dimension={dimension} />
      <NpsGroupsTable groups={nps.groups} dimension={dimension} />
    </Card>
  );
}
