import { useId } from 'react';
import type { SegmentAttributeType, SegmentField, SegmentOperator } from '../../gql/graphql';
import { format, useMessages } from '../../i18n/i18n';
import { allowedOperators, parameterNeed, reshapeCondition, valueArity, valueKind, type ConditionRow } from './segment-form';
import { listFields } from './segment-language';
import { operatorLabel } from './segment-labels';
import { segmentMessages } from './segment-messages';
import type { ConditionParameter, SegmentVocabulary } from './segment-vocabulary';
import { TagSuggestions } from './TagSuggestions';
import { ValueEditor } from './ValueEditor';

/** Which input of a row the server refused, and its message. */
export interface RowError {
  key: string;
  message: string;
}

interface ConditionEditorProps {
  row: ConditionRow;
  /** "2.1": the row's place, in its legend and in the names of its buttons. */
  number: string;
  vocabulary: SegmentVocabulary;
  error?: RowError;
  canRemove: boolean;
  onChange(row: ConditionRow): void;
  onRemove(): void;
}

/** One condition: field, operator, value, and the extra keys the field takes. */
export function ConditionEditor({ row, number, vocabulary, error, canRemove, onChange, onRemove }: ConditionEditorProps) {
  const t = useMessages(segmentMessages);
  const id = useId();
  const errorId = `${id}-error`;
  const kind = valueKind(vocabulary, row);
  const invalid = (key: string) => (error?.key === key ? { 'aria-invalid': true as const, 'aria-describedby': errorId } : {});
  const reshape = (change: Partial<ConditionRow>) => onChange(reshapeCondition(vocabulary, row, change));
  const set = (change: Partial<ConditionRow>) => onChange({ ...row, ...change });
  const need = (parameter: ConditionParameter) => parameterNeed(vocabulary, row, parameter);
  const needsDays = need('WITHIN_DAYS');
  const needsJourney = need('JOURNEY');

  return (
    <fieldset className={`segment-condition${error ? ' has-error' : ''}`}>
      <legend>{format(t.builder.condition, { n: number })}</legend>
      <div className="segment-condition-inputs">
        <div className="field">
          <label htmlFor={`${id}-field`}>{t.builder.field}</label>
          <select id={`${id}-field`} value={row.field} onChange={(event) => reshape({ field: event.target.value as SegmentField })} {...invalid('field')}>
            {listFields(vocabulary.fields).map(({ group, fields }) => (
              <optgroup key={group} label={t.fieldGroups[group]}>
                {fields.map(({ field }) => (
                  <option key={field} value={field}>
                    {t.fields[field] ?? field}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>

        {need('PATH') && (
          <div className="field">
            <label htmlFor={`${id}-path`}>{t.builder.path}</label>
            <input id={`${id}-path`} value={row.path} placeholder="loyalty.tier" aria-describedby={`${id}-path-hint`} onChange={(event) => set({ path: event.target.value })} {...invalid('path')} />
            <span className="hint" id={`${id}-path-hint`}>
              {t.builder.pathHint}
            </span>
          </div>
        )}

        {need('TYPE') && (
          <div className="field">
            <label htmlFor={`${id}-type`}>{t.builder.attributeType}</label>
            <select id={`${id}-type`} value={row.attributeType} onChange={(event) => reshape({ attributeType: event.target.value as SegmentAttributeType })} {...invalid('type')}>
              {vocabulary.attributeTypes.map((type) => (
                <option key={type} value={type}>
                  {t.attributeTypes[type] ?? type}
                </option>
              ))}
            </select>
          </div>
        )}

        {need('TAG') && (
          <div className="field">
            <label htmlFor={`${id}-tag`}>{t.builder.tag}</label>
            <input id={`${id}-tag`} value={row.tag} list={`${id}-tags`} onChange={(event) => set({ tag: event.target.value })} {...invalid('tag')} />
            <TagSuggestions id={`${id}-tags`} vocabulary={vocabulary} />
          </div>
        )}

        {needsJourney && (
          <div className="field">
            <label htmlFor={`${id}-journey`}>
              {t.builder.journey}
              {needsJourney === 'optional' && <span className="segment-optional"> ({t.builder.optional})</span>}
            </label>
            {vocabulary.journeys.length > 0 && !(row.journey && !vocabulary.journeys.some((journey) => journey.key === row.journey)) ? (
              <select id={`${id}-journey`} value={row.journey} onChange={(event) => set({ journey: event.target.value })} {...invalid('journey')}>
                <option value="">{needsJourney === 'optional' ? t.builder.anyJourney : t.builder.choose}</option>
                {vocabulary.journeys.map((journey) => (
                  <option key={journey.key} value={journey.key}>
                    {journey.name}
                  </option>
                ))}
              </select>
            ) : (
              <input id={`${id}-journey`} value={row.journey} onChange={(event) => set({ journey: event.target.value })} {...invalid('journey')} />
            )}
          </div>
        )}

        <div className="field">
          <label htmlFor={`${id}-operator`}>{t.builder.operator}</label>
          <select id={`${id}-operator`} value={row.operator} onChange={(event) => reshape({ operator: event.target.value as SegmentOperator })} {...invalid('operator')}>
            {allowedOperators(vocabulary, row).map((operator) => (
              <option key={operator} value={operator}>
                {operatorLabel(t, operator, kind)}
              </option>
            ))}
          </select>
        </div>

        <ValueEditor row={row} kind={kind} arity={valueArity(vocabulary, row)} vocabulary={vocabulary} idPrefix={id} invalid={invalid('value')} onChange={set} />

        {needsDays && (
          <div className="field">
            <label htmlFor={`${id}-within`}>
              {t.builder.withinDays}
              {needsDays === 'optional' && <span className="segment-optional"> ({t.builder.optional})</span>}
            </label>
            <input id={`${id}-within`} className="segment-short" inputMode="numeric" value={row.withinDays} onChange={(event) => set({ withinDays: event.target.value })} {...invalid('withinDays')} />
          </div>
        )}

        {canRemove && (
          <button type="button" className="segment-remove" aria-label={format(t.builder.removeCondition, { n: number })} onClick={onRemove}>
            {t.builder.remove}
          </button>
        )}
      </div>
      {error && (
        <p className="segment-row-error" id={errorId}>
          {format(t.builder.refusedHere, { key: t.inputKeys[error.key] ?? error.key, message: error.message })}
        </p>
      )}
    </fieldset>
  );
}
