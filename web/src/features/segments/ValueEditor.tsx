import { format, useMessages } from '../../i18n/i18n';
import type { ConditionRow } from './segment-form';
import { choiceLabel } from './segment-labels';
import { segmentMessages } from './segment-messages';
import type { SegmentVocabulary, ValueArity, ValueKind } from './segment-vocabulary';
import { TagSuggestions } from './TagSuggestions';

interface ValueEditorProps {
  row: ConditionRow;
  kind: ValueKind;
  arity: ValueArity;
  vocabulary: SegmentVocabulary;
  idPrefix: string;
  /** aria-invalid and aria-describedby when the server refused the value. */
  invalid: Record<string, unknown>;
  onChange(change: Partial<ConditionRow>): void;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The value inputs an operator needs: none, one, a list, a pair (between) or a number of days. */
export function ValueEditor({ row, kind, arity, vocabulary, idPrefix, invalid, onChange }: ValueEditorProps) {
  const t = useMessages(segmentMessages);
  const id = `${idPrefix}-value`;
  if (arity === 'NONE') return <p className="hint segment-no-value">{t.builder.noValue}</p>;

  if (arity === 'DAYS') {
    return (
      <div className="field">
        <label htmlFor={id}>{t.builder.days}</label>
        <input id={id} className="segment-short" inputMode="numeric" value={row.value} onChange={(event) => onChange({ value: event.target.value })} {...invalid} />
      </div>
    );
  }

  if (arity === 'PAIR') {
    return (
      <div className="segment-pair">
        <div className="field">
          <label htmlFor={id}>{t.builder.low}</label>
          <SingleInput id={id} row={row} kind={kind} text={row.value} vocabulary={vocabulary} invalid={invalid} onText={(value) => onChange({ value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-high`}>{t.builder.high}</label>
          <SingleInput id={`${id}-high`} row={row} kind={kind} text={row.high} vocabulary={vocabulary} invalid={invalid} onText={(high) => onChange({ high })} />
        </div>
      </div>
    );
  }

  if (arity === 'LIST' && kind === 'CHOICE') {
    const choices = vocabulary.field(row.field)?.choices ?? [];
    const toggle = (choice: string, checked: boolean) =>
      onChange({ choices: checked ? choices.filter((known) => known === choice || row.choices.includes(known)) : row.choices.filter((known) => known !== choice) });
    return (
      <fieldset className="segment-choices" {...invalid}>
        <legend>{t.builder.values}</legend>
        {choices.map((choice) => (
          <label key={choice} className="segment-choice">
            <input type="checkbox" checked={row.choices.includes(choice)} onChange={(event) => toggle(choice, event.target.checked)} />
            {choiceLabel(t, choice)}
          </label>
        ))}
      </fieldset>
    );
  }

  if (arity === 'LIST') {
    return (
      <div className="field segment-wide">
        <label htmlFor={id}>{t.builder.values}</label>
        <input id={id} value={row.value} aria-describedby={`${id}-hint`} onChange={(event) => onChange({ value: event.target.value })} {...invalid} />
        <span className="hint" id={`${id}-hint`}>
          {t.builder.listHint}
        </span>
      </div>
    );
  }

  const rules = vocabulary.field(row.field);
  const range = rules && rules.minimum !== null && rules.maximum !== null ? { min: rules.minimum, max: rules.maximum } : undefined;
  const showRange = range && range.max <= 100;
  return (
    <div className="field">
      <label htmlFor={id}>{t.builder.value}</label>
      <SingleInput id={id} row={row} kind={kind} text={row.value} vocabulary={vocabulary} invalid={invalid} describedBy={showRange ? `${id}-range` : undefined} onText={(value) => onChange({ value })} />
      {showRange && (
        <span className="hint" id={`${id}-range`}>
          {format(t.builder.rangeHint, { min: range.min, max: range.max })}
        </span>
      )}
    </div>
  );
}

interface SingleInputProps {
  id: string;
  row: ConditionRow;
  kind: ValueKind;
  text: string;
  vocabulary: SegmentVocabulary;
  invalid: Record<string, unknown>;
  describedBy?: string;
  onText(text: string): void;
}

/** One value, with the control its kind calls for. */
function SingleInput({ id, row, kind, text, vocabulary, invalid, describedBy, onText }: SingleInputProps) {
  const t = useMessages(segmentMessages);
  const common = { id, value: text, onChange: (event: { target: { value: string } }) => onText(event.target.value), ...(describedBy ? { 'aria-describedby': describedBy } : {}), ...invalid };

  if (kind === 'BOOLEAN') {
    return (
      <select {...common}>
        <option value="">{t.builder.choose}</option>
        <option value="true">{t.builder.yes}</option>
        <option value="false">{t.builder.no}</option>
      </select>
    );
  }
  if (kind === 'CHOICE') {
    return (
      <select {...common}>
        <option value="">{t.builder.choose}</option>
        {(vocabulary.field(row.field)?.choices ?? []).map((choice) => (
          <option key={choice} value={choice}>
            {choiceLabel(t, choice)}
          </option>
        ))}
      </select>
    );
  }
  // A stored date-time with a time of day does not fit a date picker: it stays editable as text.
  if (kind === 'DATE') return <input {...common} type={text === '' || ISO_DAY.test(text) ? 'date' : 'text'} />;

  if (row.field === 'JOURNEY_STAGE') {
    const stages = vocabulary.journeys.find((journey) => journey.key === row.journey)?.stages;
    if (stages && (text === '' || stages.some((stage) => stage.key === text))) {
      return (
        <select {...common}>
          <option value="">{t.builder.choose}</option>
          {stages.map((stage) => (
            <option key={stage.key} value={stage.key}>
              {stage.name}
            </option>
          ))}
        </select>
      );
    }
    return <input {...common} />;
  }
  if (row.field === 'TAG') {
    return (
      <>
        <input {...common} list={`${id}-tags`} />
        <TagSuggestions id={`${id}-tags`} vocabulary={vocabulary} />
      </>
    );
  }
  const numeric = kind === 'INTEGER' || kind === 'DECIMAL';
  return <input {...common} inputMode={numeric ? 'decimal' : undefined} className={numeric ? 'segment-short' : undefined} />;
}
