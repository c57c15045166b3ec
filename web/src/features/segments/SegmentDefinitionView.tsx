import type { ReactNode } from 'react';
import type { SegmentAttributeType, SegmentField, SegmentOperator } from '../../gql/graphql';
import { format, useMessages } from '../../i18n/i18n';
import { choiceLabel, operatorLabel } from './segment-labels';
import { segmentMessages, type SegmentTexts } from './segment-messages';
import type { SegmentVocabulary, ValueKind } from './segment-vocabulary';

/**
 * A stored definition in words, as nested lists: "All of: Region is one of North, East;
 * Completed orders is at least 2". Keys the vocabulary does not know are shown as they are.
 */
export function SegmentDefinitionView({ document, vocabulary }: { document: Record<string, unknown>; vocabulary: SegmentVocabulary }) {
  const t = useMessages(segmentMessages);
  return <div className="segment-definition">{describeNode(t, vocabulary, document)}</div>;
}

function describeNode(t: SegmentTexts, vocabulary: SegmentVocabulary, node: unknown): ReactNode {
  if (!isObject(node)) return <code>{JSON.stringify(node)}</code>;
  if (Array.isArray(node.all)) return group(t, vocabulary, t.definition.of.all, node.all);
  if (Array.isArray(node.any)) return group(t, vocabulary, t.definition.of.any, node.any);
  if (isObject(node.not)) {
    const inner = node.not;
    if (Array.isArray(inner.any)) return group(t, vocabulary, t.definition.of.none, inner.any);
    if (Array.isArray(inner.all)) return group(t, vocabulary, t.definition.notAll, inner.all);
    return group(t, vocabulary, t.definition.of.none, [inner]);
  }
  return <span className="segment-condition-text">{describeCondition(t, vocabulary, node)}</span>;
}

function group(t: SegmentTexts, vocabulary: SegmentVocabulary, heading: string, children: unknown[]): ReactNode {
  return (
    <>
      <span className="segment-definition-heading">{heading}</span>
      <ul>
        {children.map((child, index) => (
          <li key={index}>{describeNode(t, vocabulary, child)}</li>
        ))}
      </ul>
    </>
  );
}

function describeCondition(t: SegmentTexts, vocabulary: SegmentVocabulary, condition: Record<string, unknown>): string {
  const field = condition.field as SegmentField;
  const operator = condition.operator as SegmentOperator;
  const attributeType = (condition.type as SegmentAttributeType | undefined) ?? 'STRING';
  // A field the API no longer serves: its value is shown as stored.
  const kind: ValueKind = vocabulary.shape(field, attributeType)?.kind ?? 'TEXT';
  const parts: string[] = [t.fields[field] ?? String(field)];
  if (typeof condition.path === 'string') parts.push(format(t.definition.path, { path: condition.path, type: t.attributeTypes[attributeType] ?? attributeType }));
  if (typeof condition.tag === 'string') parts.push(`(${format(t.definition.tag, { tag: condition.tag })})`);
  if (vocabulary.parameterNeed(field, 'JOURNEY')) {
    parts.push(`(${typeof condition.journey === 'string' ? format(t.definition.journey, { journey: condition.journey }) : t.definition.anyJourney})`);
  }
  if (typeof condition.withinDays === 'number') parts.push(`(${format(t.definition.withinDays, { n: condition.withinDays })})`);
  parts.push(t.operators[operator] ? operatorLabel(t, operator, kind) : String(operator));
  const value = describeValue(t, vocabulary, operator, condition.value, kind);
  if (value) parts.push(value);
  return parts.join(' ');
}

function describeValue(t: SegmentTexts, vocabulary: SegmentVocabulary, operator: SegmentOperator, value: unknown, kind: ValueKind): string {
  if (value === undefined || value === null) return '';
  const one = (item: unknown) => (kind === 'BOOLEAN' ? (item === true ? t.builder.yes : item === false ? t.builder.no : String(item)) : choiceLabel(t, String(item)));
  switch (vocabulary.arity(operator)) {
    case 'DAYS':
      return format(t.definition.days, { n: String(value) });
    case 'PAIR':
      return Array.isArray(value) ? format(t.definition.between, { low: one(value[0]), high: one(value[1]) }) : JSON.stringify(value);
    case 'LIST':
      return Array.isArray(value) ? value.map(one).join(', ') : JSON.stringify(value);
    default:
      return one(value);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
