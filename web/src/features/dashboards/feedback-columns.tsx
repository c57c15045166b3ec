import type { ReactNode } from 'react';
import { shareOrNoValue, type DashboardFormat } from './figures';
import type { DashboardMessages } from './messages';

/** The figures of one row of feedback operations: a period's or a group's. */
export interface FeedbackFigures {
  received: number;
  answered: number;
  open: number;
  slaMet: number;
  slaDue: number;
  slaAttainment: number | null;
  firstResponseMedianHours: number | null;
  /** Asked for the groups only: the period table does not show it. */
  firstResponseP90Hours?: number | null;
  resolutionRate: number | null;
  closedLoopRate: number | null;
  openBacklog: number | null;
  reason: string | null;
}

/** A column of a feedback-operations table, named as its heading is in the messages. */
export type FeedbackColumn = 'received' | 'answered' | 'open' | 'slaAttainment' | 'firstResponseMedian' | 'firstResponseP90' | 'resolutionRate' | 'closedLoopRate' | 'openBacklog';

// One way to show each figure, so that the period table and the group table cannot drift apart.
const CELLS: Record<FeedbackColumn, (row: FeedbackFigures, formatter: DashboardFormat) => ReactNode> = {
  received: (row, formatter) => formatter.integer(row.received),
  answered: (row, formatter) => formatter.integer(row.answered),
  open: (row, formatter) => formatter.integer(row.open),
  slaAttainment: (row, formatter) => (
    <>
      {shareOrNoValue(formatter, row.slaAttainment, row.reason)}
      {row.slaAttainment != null && (
        <span className="dash-sample">
          {' '}
          ({formatter.integer(row.slaMet)} / {formatter.integer(row.slaDue)})
        </span>
      )}
    </>
  ),
  firstResponseMedian: (row, formatter) => formatter.hours(row.firstResponseMedianHours),
  firstResponseP90: (row, formatter) => formatter.hours(row.firstResponseP90Hours),
  resolutionRate: (row, formatter) => shareOrNoValue(formatter, row.resolutionRate, row.reason),
  closedLoopRate: (row, formatter) => shareOrNoValue(formatter, row.closedLoopRate, row.reason),
  openBacklog: (row, formatter) => formatter.integer(row.openBacklog),
};

/** The columns' headings, for FigureTable. */
export function feedbackHeadings(columns: readonly FeedbackColumn[], t: DashboardMessages): string[] {
  return columns.map((column) => t.feedback[column]);
}

/** The cells of one row, in the order of `columns`. */
export function FeedbackCells({ row, columns, formatter }: { row: FeedbackFigures; columns: readonly FeedbackColumn[]; formatter: DashboardFormat }) {
  return columns.map((column) => (
    <td className="number" key={column}>
      {CELLS[column](row, formatter)}
    </td>
  ));
}
