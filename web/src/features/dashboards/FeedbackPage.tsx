import { useQuery } from '../../api/hooks';
import { Card } from '../../app/ui';
import type { DashboardFeedbackOperationsQuery, MetricDimension } from '../../gql/graphql';
import { format, useMessages } from '../../i18n/i18n';
import { breakdownFrom, dimensionName } from './breakdowns';
import { apiWindow, isOrdered } from './dashboard-range';
import { BreakdownSelect, DashboardPage, QueryView } from './DashboardPage';
import { FeedbackBacklogChart, FeedbackGroups, FeedbackSlaChart, FeedbackTable } from './FeedbackCharts';
import { Figure, Figures, NoValue, ShareComparisonNote, shareOrNoValue, useDashboardFormat } from './figures';
import { dashboardMessages } from './messages';
import { DashboardFeedbackGroupsDocument, DashboardFeedbackOperationsDocument } from './operations';
import { useDashboardState } from './use-dashboard-state';

export type FeedbackResult = DashboardFeedbackOperationsQuery['feedbackOperations'];

const FEEDBACK_BREAKDOWNS: readonly MetricDimension[] = ['CHANNEL', 'FEEDBACK_CATEGORY'];

/** /dashboards/feedback — the service loop: SLA attainment, response times, resolution and backlog. */
export function FeedbackPage() {
  const t = useMessages(dashboardMessages);
  const state = useDashboardState();
  const breakdown = breakdownFrom(state.param('by'), FEEDBACK_BREAKDOWNS);
  const input = { ...apiWindow(state.range, state.timeZone), interval: state.range.interval };
  const valid = isOrdered(state.range);
  const query = useQuery(DashboardFeedbackOperationsDocument, { input }, { skip: !valid });
  // With a breakdown the API answers per group only, so the whole-loop trend is a query of its own.
  const groups = useQuery(DashboardFeedbackGroupsDocument, { input: { ...input, groupBy: breakdown } }, { skip: !valid || !breakdown });
  const controls = <BreakdownSelect id="feedback-breakdown" offered={FEEDBACK_BREAKDOWNS} value={breakdown} onChange={(by) => state.update({ params: { by } })} />;
  return (
    <DashboardPage id="feedback" state={state} title={t.feedback.title} intro={t.feedback.intro} controls={controls}>
      <QueryView query={query}>
        {({ feedbackOperations }) => (
          <>
            <FeedbackSummary result={feedbackOperations} />
            <div className="dash-pair">
              <Card title={t.feedback.slaTitle} id="feedback-sla">
                <FeedbackSlaChart result={feedbackOperations} />
              </Card>
              <Card title={t.feedback.backlogTitle} id="feedback-backlog">
                <FeedbackBacklogChart result={feedbackOperations} />
              </Card>
            </div>
            <Card title={t.feedback.tableCaption} id="feedback-table">
              <p className="hint">{t.common.gapLegend}</p>
              <FeedbackTable result={feedbackOperations} />
            </Card>
          </>
        )}
      </QueryView>
      {breakdown && (
        <QueryView query={groups}>
          {({ feedbackOperations: { window, groups } }) =>
            // Labelled by the answer's own breakdown: while a new one loads, the old figures stay named as theirs.
            window.groupBy && (
              <Card title={format(t.feedback.groupsTitle, { dimension: dimensionName(t, window.groupBy) })} id="feedback-groups">
                <FeedbackGroups groups={groups} dimension={window.groupBy} />
              </Card>
            )
          }
        </QueryView>
      )}
    </DashboardPage>
  );
}

function FeedbackSummary({ result }: { result: FeedbackResult }) {
  const t = useMessages(dashboardMessages);
  const formatter = useDashboardFormat();
  const total = result.total;
  const share = (value: number | null | undefined) => shareOrNoValue(formatter, value, total.reason);
  const hours = (value: number | null | undefined) => (value == null ? <NoValue reason={total.reason} /> : formatter.hours(value));
  return (
    <Card title={t.feedback.summaryTitle} id="feedback-summary">
      <p className="hint">{format(t.feedback.targets, { complaint: formatter.hours(result.complaintSlaHours), detractor: formatter.hours(result.detractorSlaHours) })}</p>
      <Figures>
        <Figure label={t.feedback.received} testId="feedback-received">
          {formatter.integer(total.received)}
        </Figure>
        <Figure label={t.feedback.answered} note={`${t.feedback.open}: ${formatter.integer(total.open)}`}>
          {formatter.integer(total.answered)}
        </Figure>
        <Figure
          label={t.feedback.slaAttainment}
          testId="feedback-sla"
          note={
            <>
              {formatter.integer(total.slaMet)} / {formatter.integer(total.slaDue)} <ShareComparisonNote comparison={total.previous} />
            </>
          }
        >
          {share(total.slaAttainment)}
        </Figure>
        <Figure label={t.feedback.firstResponseMedian} note={`p90: ${formatter.hours(total.firstResponseP90Hours)}`}>
          {hours(total.firstResponseMedianHours)}
        </Figure>
        <Figure label={t.feedback.resolutionRate} note={`${t.feedback.timeToResolve}: ${formatter.hours(total.timeToResolveMedianHours)}`}>
          {share(total.resolutionRate)}
        </Figure>
        <Figure label={t.feedback.openBacklogNow} testId="feedback-backlog">
          {formatter.integer(total.openBacklog)}
        </Figure>
        <Figure label={t.feedback.followUpSatisfaction} note={`${t.common.n} = ${formatter.integer(total.followedUp)}`}>
          {share(total.followUpSatisfaction)}
        </Figure>
        <Figure label={t.feedback.closedLoopRate} note={`${t.common.n} = ${formatter.integer(total.detractorsDue)}`}>
          {share(total.closedLoopRate)}
        </Figure>
      </Figures>
    </Card>
  );
}
