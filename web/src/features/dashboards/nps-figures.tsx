import { LowSampleFlag, NoValue, type DashboardFormat } from './figures';
import type { DashboardMessages } from './messages';

/** What every NPS row has, whether it stands for a period or a group. */
export interface NpsFigures {
  n: number;
  nps: number | null;
  marginOfError: number | null;
  lowSample: boolean;
  reason: string | null;
}

/** "± 4.2", the 95% margin of error in NPS points; a dash without answers. */
export function marginOfErrorText(formatter: DashboardFormat, marginOfError: number | null): string {
  return marginOfError == null ? '—' : `± ${formatter.number(marginOfError)}`;
}

/** The headings of NpsScoreCells, for FigureTable. */
export function npsScoreHeadings(t: DashboardMessages): string[] {
  return [t.common.n, t.nps.score, t.nps.marginOfError];
}

/** The first cells of an NPS table row: n, the NPS with its low-sample flag, the margin of error. */
export function NpsScoreCells({ figures, formatter }: { figures: NpsFigures; formatter: DashboardFormat }) {
  return (
    <>
      <td className="number">{formatter.integer(figures.n)}</td>
      <td className="number">
        {figures.nps == null ? (
          <NoValue reason={figures.reason} />
        ) : (
          <>
            {formatter.number(figures.nps)} {figures.lowSample && <LowSampleFlag />}
          </>
        )}
      </td>
      <td className="number">{marginOfErrorText(formatter, figures.marginOfError)}</td>
    </>
  );
}
