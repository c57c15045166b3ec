import type { SegmentOperator } from '../../gql/graphql';
import type { SegmentTexts } from './segment-messages';
import type { ValueKind } from './segment-vocabulary';

/** An operator's words; comparisons of dates read as before / after. */
export function operatorLabel(t: SegmentTexts, operator: SegmentOperator, kind: ValueKind): string {
  const dateLabel = kind === 'DATE' ? (t.dateOperators as Partial<Record<SegmentOperator, string>>)[operator] : undefined;
  return dateLabel ?? t.operators[operator];
}

/** A fixed choice (size band, NPS category…) in words; tenant names such as RFM segments stay as they are. */
export function choiceLabel(t: SegmentTexts, choice: string): string {
  return t.choices[choice] ?? choice;
}
