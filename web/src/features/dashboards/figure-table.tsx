import type { ReactNode } from 'react';
import { ScrollRegion } from '../../app/ui';

export interface FigureTableProps {
  /** Names the table, and its scroll region when it overflows. */
  caption: string;
  /** For tables under a card title that already says what they hold: the caption is then for screen readers only. */
  captionHidden?: boolean;
  /** For a table that needs styles of its own. */
  className?: string;
  testId: string;
  /** The heading of the rows' own column: the period, the group or the segment. */
  rowHeading: ReactNode;
  /** The headings of the figure columns, in order; their cells are right-aligned numbers. */
  columns: ReactNode[];
  /** The rows: a `th scope="row"`, then a cell per column. */
  children: ReactNode;
}

/**
 * A table of figures beside a chart: each row a period or a group, each column a figure. It is
 * what keyboard and screen-reader users read instead of the chart, so every one of them is
 * captioned and scrolls on its own on a narrow screen.
 */
export function FigureTable({ caption, captionHidden, className, testId, rowHeading, columns, children }: FigureTableProps) {
  return (
    <ScrollRegion label={caption}>
      <table className={className} data-testid={testId}>
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeading}</th>
            {columns.map((heading, index) => (
              <th scope="col" className="number" key={index}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollRegion>
  );
}
