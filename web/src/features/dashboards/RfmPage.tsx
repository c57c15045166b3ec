import { useRef } from 'react';
import { useQuery } from '../../api/hooks';
import { Card } from '../../app/ui';
import { useMessages } from '../../i18n/i18n';
import { DashboardPage, QueryView } from './DashboardPage';
import { Figure, Figures, NoValue, useDashboardFormat } from './figures';
import { dashboardMessages } from './messages';
import { DashboardRfmDocument } from './operations';
import { RfmCustomersCard } from './RfmCustomers';
import { RfmHeatmapChart, RfmHeatmapTable } from './RfmHeatmap';
import { rfmInput, type RfmResult } from './rfm-input';
import { RfmSegmentsChart, RfmSegmentsTable } from './RfmSegments';
import { isOrdered } from './dashboard-range';
import { useDashboardState } from './use-dashboard-state';

/**
 * /dashboards/rfm — the R × F heat map and the segments of the buyers in the range. Selecting a
 * segment (a cell, a bar or its button in the table) lists its customers; the choice is kept in
 * the hash query (`?segment=CHAMPIONS`), so it can be bookmarked.
 */
export function RfmPage() {
  const t = useMessages(dashboardMessages);
  const state = useDashboardState();
  const input = rfmInput(state.range, state.timeZone);
  const query = useQuery(DashboardRfmDocument, { input }, { skip: !isOrdered(state.range) });
  const selected = state.param('segment');
  // Focus follows the analyst's own choice only, not a bookmark or a new range.
  const chosenNow = useRef(false);
  const select = (segment: string | undefined) => {
    chosenNow.current = segment !== undefined;
    state.update({ params: { segment } });
  };
  const close = () => {
    const closing = selected;
    select(undefined);
    // Back to the segment's button, so keyboard users keep their place.
    setTimeout(() => document.querySelector<HTMLButtonElement>(`[data-testid="rfm-segment-${closing}"] button`)?.focus());
  };
  return (
    <DashboardPage id="rfm" state={state} title={t.rfm.title} intro={t.rfm.intro} withInterval={false}>
      <QueryView query={query}>
        {({ rfm }) => (
          <>
            <RfmSummary rfm={rfm} />
            {rfm.customerCount > 0 && (
              <>
                <Card title={t.rfm.heatmapTitle} id="rfm-heatmap">
                  <p className="hint">{t.rfm.heatmapHint}</p>
                  <div className="dash-pair">
                    <RfmHeatmapChart rfm={rfm} onSelect={select} />
                    <RfmHeatmapTable rfm={rfm} />
                  </div>
                </Card>
                <Card title={t.rfm.segmentsTitle} id="rfm-segments">
                  <RfmSegmentsChart rfm={rfm} selected={selected} onSelect={select} />
                  <RfmSegmentsTable rfm={rfm} selected={selected} onSelect={select} />
                </Card>
              </>
            )}
            {selected && (
              <RfmCustomersCard key={`${selected} ${JSON.stringify(input)}`} input={input} segment={selected} takeFocus={chosenNow.current} onClose={close} />
            )}
          </>
        )}
      </QueryView>
    </DashboardPage>
  );
}

function RfmSummary({ rfm }: { rfm: RfmResult }) {
  const t = useMessages(dashboardMessages);
  const formatter = useDashboardFormat();
  const edges = (values: number[] | undefined, show: (value: number) => string) => (values ? values.map(show).join(' · ') : '—');
  return (
    <Card title={t.rfm.summaryTitle} id="rfm-summary">
      <Figures>
        <Figure label={t.rfm.buyers} testId="rfm-customer-count">
          {formatter.integer(rfm.customerCount)}
        </Figure>
        <Figure label={t.rfm.revenue}>{formatter.money(rfm.revenue)}</Figure>
        <Figure label={t.rfm.method} small>
          {t.rfm.methods[rfm.method]}
        </Figure>
        <Figure label={t.rfm.asOf} small>
          {formatter.dateTime(rfm.asOf)}
        </Figure>
      </Figures>
      {rfm.customerCount === 0 && (
        <p className="notice" data-testid="rfm-empty">
          <NoValue reason={rfm.reason} />
        </p>
      )}
      {rfm.thresholds && (
        <>
          <h3>{t.rfm.thresholds}</h3>
          <dl className="facts dash-thresholds">
            <dt>{t.rfm.recency}</dt>
            <dd>{edges(rfm.thresholds.recency, (value) => formatter.number(value))}</dd>
            <dt>{rfm.method === 'QUANTILE' ? t.rfm.frequencyRank : t.rfm.frequency}</dt>
            <dd>{edges(rfm.thresholds.frequency, (value) => formatter.number(value))}</dd>
            <dt>{t.rfm.monetary}</dt>
            <dd>{edges(rfm.thresholds.monetary, (value) => formatter.money(value))}</dd>
          </dl>
        </>
      )}
    </Card>
  );
}
