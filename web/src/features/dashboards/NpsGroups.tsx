import { useMemo } from 'react';
import { Chart } from '../../charts/Chart';
import type { ChartOption } from '../../charts/echarts';
import type { MetricDimension } from '../../gql/graphql';
import { format, useMessages } from '../../i18n/i18n';
import { dimensionName, groupLabel } from './breakdowns';
import { AXIS_TEXT, GAP, LOW_SAMPLE_COLOR, SERIES_COLORS, tooltipHtml } from './chart-kit';
import { FigureTable } from './figure-table';
import { useDashboardFormat } from './figures';
import { dashboardMessages } from './messages';
import { marginOfErrorText, NpsScoreCells, npsScoreHeadings } from './nps-figures';
import type { NpsResult } from './NpsPage';

type NpsGroup = NpsResult['groups'][number];

/** Whole-range NPS per group as bars; low-sample groups grey, groups without answers left out. */
export function NpsGroupsChart({ groups, dimension }: { groups: NpsGroup[]; dimension: MetricDimension }) {
  const t = useMessages(dashboardMessages);
  const formatter = useDashboardFormat();
  const option = useMemo<ChartOption>(() => {
    const names = groups.map((group) => groupLabel(t, dimension, group.group));
    return {
      grid: { left: 48, right: 24, top: 24, bottom: 72 },
      tooltip: {
        trigger: 'item',
        formatter: (item: { dataIndex: number }) => {
          const group = groups[item.dataIndex]!;
          return tooltipHtml(names[item.dataIndex]!, [
            [t.nps.score, group.nps == null ? `— (${group.reason ?? t.common.noValue})` : formatter.number(group.nps)],
            [t.nps.marginOfError, marginOfErrorText(formatter, group.marginOfError)],
            [t.common.sampleSize, formatter.integer(group.n) + (group.lowSample ? ` (${t.common.lowSample})` : '')],
          ]);
        },
      },
      xAxis: { type: 'category', data: names, axisLabel: { ...AXIS_TEXT, interval: 0, rotate: names.length > 5 ? 30 : 0 } },
      yAxis: { type: 'value', axisLabel: AXIS_TEXT },
      series: [
        {
          name: t.nps.score,
          type: 'bar',
          data: groups.map((group) =>
            group.nps == null ? GAP : { value: Math.round(group.nps * 10) / 10, itemStyle: { color: group.lowSample ? LOW_SAMPLE_COLOR : SERIES_COLORS[0] } },
          ),
          label: { show: true, position: 'top', color: '#1b1f24', formatter: (item: { value: number }) => formatter.number(item.value) },
        },
      ],
    };
  }, [groups, dimension, t, formatter]);
  return <Chart option={option} label={format(t.nps.groupsLabel, { dimension: dimensionName(t, dimension) })} height={300} testId="nps-groups-chart" />;
}

export function NpsGroupsTable({ groups, dimension }: { groups: NpsGroup[]; dimension: MetricDimension }) {
  const t = useMessages(dashboardMessages);
  const formatter = useDashboardFormat();
  return (
    <FigureTable
      caption={format(t.nps.groupsCaption, { dimension: dimensionName(t, dimension) })}
      testId="nps-groups-table"
      rowHeading={dimensionName(t, dimension)}
      columns={[...npsScoreHeadings(t), t.nps.promoters, t.nps.detractors]}
    >
      {groups.map((group) => (
        <tr key={group.group ?? ''}>
          <th scope="row">{groupLabel(t, dimension, group.group)}</th>
          <NpsScoreCells figures={group} formatter={formatter} />
          <td className="number">{formatter.share(group.promoterShare)}</td>
          <td className="number">{formatter.share(group.detractorShare)}</td>
        </tr>
      ))}
    </FigureTable>
  );
}
