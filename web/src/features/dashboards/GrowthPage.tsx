import { useQuery } from '../../api/hooks';
import { Card } from '../../app/ui';
import type { DashboardGrowthQuery } from '../../gql/graphql';
import { format, useMessages } from '../../i18n/i18n';
import { apiWindow, isOrdered } from './dashboard-range';
import { DashboardPage, QueryView } from './DashboardPage';
import { Figure, Figures, ShareComparisonNote, shareOrNoValue, useDashboardFormat } from './figures';
import { GrowthBaseChart, GrowthRatesChart, GrowthTable, RepeatPurchaseChart, RepeatPurchaseTable } from './GrowthCharts';
import { dashboardMessages } from './messages';
import { DashboardGrowthDocument } from './operations';
import { useDashboardState } from './use-dashboard-state';

export type GrowthResult = DashboardGrowthQuery;

/** /dashboards/growth — new customers, the active base, growth, retention, churn and repeat purchases. */
export function GrowthPage() {
  const t = useMessages(dashboardMessages);
  const state = useDashboardState();
  const input = { ...apiWindow(state.range, state.timeZone), interval: state.range.interval };
  const query = useQuery(DashboardGrowthDocument, { input }, { skip: !isOrdered(state.range) });
  const churnWindowDays = query.data?.customerGrowth.churnWindowDays;
  const intro = format(t.growth.intro, { days: churnWindowDays ?? '…' });
  return (
    <DashboardPage id="growth" state={state} title={t.growth.title} intro={intro}>
      <QueryView query={query}>
        {(data) => (
          <>
            <GrowthSummary data={data} />
            <Card title={t.growth.baseTitle} id="growth-base">
              <GrowthBaseChart data={data} />
            </Card>
            <Card title={t.growth.ratesTitle} id="growth-rates">
              <GrowthRatesChart data={data} />
              <p className="hint">{t.common.gapLegend}</p>
              <GrowthTable data={data} />
            </Card>
            <Card title={t.growth.repeatTitle} id="growth-repeat">
              <p className="hint">{t.growth.repeatHint}</p>
              <RepeatPurchaseChart data={data} />
              <RepeatPurchaseTable data={data} />
            </Card>
          </>
        )}
      </QueryView>
    </DashboardPage>
  );
}

function GrowthSummary({ data }: { data: GrowthResult }) {
  const t = useMessages(dashboardMessages);
  const formatter = useDashboardFormat();
  const total = data.customerGrowth.total;
  const repeat = data.repeatPurchaseRate.total;
  return (
    <Card title={t.growth.summaryTitle} id="growth-summary">
      <Figures>
        <Figure label={t.growth.newCustomers} testId="growth-new">
          {formatter.integer(total.newCustomers)}
        </Figure>
        <Figure label={t.growth.activeBaseStart} note={`${t.common.n} = ${formatter.integer(total.n)}`}>
          {formatter.integer(total.activeBaseStart)}
        </Figure>
        <Figure label={t.growth.activeBaseEnd}>{formatter.integer(total.activeBaseEnd)}</Figure>
        <Figure label={t.growth.growthRate} testId="growth-rate" note={<ShareComparisonNote comparison={total.growthRateChange} />}>
          {shareOrNoValue(formatter, total.growthRate, total.reason)}
        </Figure>
        <Figure label={t.growth.retentionRate} note={<ShareComparisonNote comparison={total.retentionRateChange} />}>
          {shareOrNoValue(formatter, total.retentionRate, total.reason)}
        </Figure>
        <Figure label={t.growth.churnRate}>{shareOrNoValue(formatter, total.churnRate, total.reason)}</Figure>
        <Figure
          label={t.growth.repeatRate}
          note={
            <>
              {t.common.n} = {formatter.integer(repeat.n)} <ShareComparisonNote comparison={repeat.rateChange} />
            </>
          }
        >
          {shareOrNoValue(formatter, repeat.rate, repeat.reason)}
        </Figure>
      </Figures>
    </Card>
  );
}
