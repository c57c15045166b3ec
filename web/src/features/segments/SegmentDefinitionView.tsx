import type { ReactNode } from 'react';
import type { SegmentAttributeType, SegmentField, SegmentOperator } from '../../gql/graphql';
import { format, useMessages } from '../../i18n/i18n';
import { conditionShape, OPERATOR_ARITY, type ValueKind } from './segment-language';
import { choiceLabel, operatorLabel } from './segment-labels';
import { segmentMessages, type SegmentTexts } from './segment-messages';

/**
 * A stored definition in words, as nested lists: "All of: Region is one of North, East;
 * Completed orders is at least 2". Keys the console does not know are shown as they are.
 */
export function SegmentDefinitionView({ document }: { document: Record<string, unknown> }) {
  const t = useMessages(segmentMessages);
  return <div className="segment-definition">{describeNode(t, document)}</div>;
}

function describeNode(t: SegmentTexts, node: unknown): ReactNode {
  if (!isObject(node)) return <code>{JSON.stringify(node)}</code>;
  if (Array.isArray(node.all)) return group(t, t.definition.of.all, node.all);
  if (Array.isArray(node.any)) return group(t, t.definition.of.any, node.any);
  if (isObject(node.not)) {
    const inner = node.not;
    if (Array.isArray(inner.any)) return group(t, t.definition.of.none, inner.any);
    if (Array.isArray(inner.all)) return group(t, t.definition.notAll, inner.all);
    return group(t, t.definition.of.none, [inner]);
  }
  return <span className="segment-condition-text">{describeCondition(t, node)}</span>;
}

function group(t: SegmentTexts, heading: string, children: unknown[]): ReactNode {
  return (
    <>
      <span className="segment-definition-heading">{heading}</span>
      <ul>
        {children.map((child, index) => (
          <li key={index}>{describeNode(t, child)}</li>
        ))}
      </ul>
    </>
  );
}

function describeCondition(t: SegmentTexts, condition: Record<string, unknown>): string {
  const field = condition.field as SegmentField;
  const operator = condition.operator as SegmentOperator;
  const attributeType = (condition.type as SegmentAttributeType | undefined) ?? 'STRING';
  let kind: ValueKind = 'text';
  try {
    kind = conditionShape(field, attributeType).kind;
  } catch {
    // A field newer than this console: its value is shown as stored.
  }
  const parts: string[] = [t.fields[field] ?? String(field)];
  if (field === 'ATTRIBUTE') parts.push(format(t.definition.path, { path: String(condition.path), type: t.attributeTypes[attributeType] ?? attributeType }));
  if (typeof condition.tag === 'string') parts.push(`(${format(t.definition.tag, { tag: condition.tag })})`);
  if (field === 'JOURNEY_STAGE' || field === 'TOUCHPOINT_COUNT') {
    parts.push(`(${typeof condition.journey === 'string' ? format(t.definition.journey, { journey: condition.journey }) : t.definition.anyJourney})`);
  }
  if (typeof condition.withinDays === 'number') parts.push(`(${format(t.definition.withinDays, { n: condition.withinDays })})`);
  parts.push(t.operators[operator] ? operatorLabel(t, operator, kind) : String(operator));
  const value = describeValue(t, operator, condition.value, kind);
  if (value) parts.push(value);
  return parts.join(' ');
}

function describeValue(t: SegmentTexts, operator: SegmentOperator, value: unknown, kind: ValueKind): string {
  if (value === undefined || value === null) return '';
  const one = (item: unknown) => (kind === 'boolean' ? (item === true ? t.builder.yes : item === false ? t.builder.no : String(item)) : choiceLabel(t, String(item)));
  switch (OPERATOR_ARITY[operator]) {
    case 'days':
      return format(t.definition.days, { n: String(value) });
    case 'pair':
      return Array.isArray(value) ? format(t.definition.between, { low: one(value[0]), high: one(value[1]) }) : JSON.stringify(value);
    case 'list':
      return Array.isArray(value) ? value.map(one).join(', ') : JSON.stringify(value);
    default:
      return one(value);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
