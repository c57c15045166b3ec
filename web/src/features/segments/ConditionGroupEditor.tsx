import { format, useMessages } from '../../i18n/i18n';
import { newCondition, newGroup, type Combinator, type ConditionGroup, type FormNode } from './segment-form';
import { segmentMessages } from './segment-messages';
import type { SegmentVocabulary } from './segment-vocabulary';
import { ConditionEditor, type RowError } from './ConditionEditor';

const COMBINATORS: Combinator[] = ['all', 'any', 'none'];

interface ConditionGroupEditorProps {
  group: ConditionGroup;
  /** Empty for the top group; "2" for the second item when it is a group. */
  number: string;
  numbers: Map<string, string>;
  vocabulary: SegmentVocabulary;
  errors: Map<string, RowError>;
  onChange(node: FormNode): void;
  onRemove(id: string): void;
  onAppend(groupId: string, child: FormNode): void;
}

/**
 * A group of conditions combined with AND, OR or NOT-OR. Groups nest one level below the top
 * (enough for "A and (B or C)" and far simpler to read than deeper trees); definitions saved
 * through the API with deeper trees still show and edit here.
 */
export function ConditionGroupEditor({ group, number, numbers, vocabulary, errors, onChange, onRemove, onAppend }: ConditionGroupEditorProps) {
  const t = useMessages(segmentMessages);
  const top = number === '';
  const combinatorId = `${group.id}-combinator`;
  const body = (
    <>
      <div className="field segment-combinator">
        <label htmlFor={combinatorId}>
          {t.builder.match}
          {!top && <span className="visually-hidden"> ({format(t.builder.group, { n: number })})</span>}
        </label>
        <select id={combinatorId} value={group.combinator} onChange={(event) => onChange({ ...group, combinator: event.target.value as Combinator })}>
          {COMBINATORS.map((combinator) => (
            <option key={combinator} value={combinator}>
              {t.builder.combinators[combinator]}
            </option>
          ))}
        </select>
      </div>
      <ol className="segment-children">
        {group.children.map((child) => (
          <li key={child.id}>
            {child.kind === 'condition' ? (
              <ConditionEditor
                row={child}
                number={numbers.get(child.id) ?? ''}
                vocabulary={vocabulary}
                error={errors.get(child.id)}
                canRemove={!top || group.children.length > 1}
                onChange={onChange}
                onRemove={() => onRemove(child.id)}
              />
            ) : (
              <ConditionGroupEditor
                group={child}
                number={numbers.get(child.id) ?? ''}
                numbers={numbers}
                vocabulary={vocabulary}
                errors={errors}
                onChange={onChange}
                onRemove={onRemove}
                onAppend={onAppend}
              />
            )}
          </li>
        ))}
      </ol>
      <div className="segment-group-actions">
        <button type="button" onClick={() => onAppend(group.id, newCondition(vocabulary))}>
          {t.builder.addCondition}
          {!top && <span className="visually-hidden"> ({format(t.builder.group, { n: number })})</span>}
        </button>
        {top && (
          <button type="button" onClick={() => onAppend(group.id, newGroup(vocabulary, 'any', [newCondition(vocabulary), newCondition(vocabulary)]))}>
            {t.builder.addGroup}
          </button>
        )}
        {!top && (
          <button type="button" className="segment-remove" aria-label={format(t.builder.removeGroup, { n: number })} onClick={() => onRemove(group.id)}>
            {t.builder.removeGroupShort}
          </button>
        )}
      </div>
    </>
  );
  if (top) return <div className="segment-group segment-group-top">{body}</div>;
  return (
    <fieldset className="segment-group">
      <legend>{format(t.builder.group, { n: number })}</legend>
      {body}
    </fieldset>
  );
}
