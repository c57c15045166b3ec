import { SEGMENT_LIMITS, type SegmentVocabulary } from './definition/segment-definition.js';
import { ATTRIBUTE_SHAPES, DEFAULT_INTEGER_RANGE, SEGMENT_FIELDS, type SegmentFieldSpec } from './definition/segment-fields.js';
import { CONDITION_PARAMETERS, OPERATOR_ARITY, SegmentAttributeType, SegmentOperator } from './definition/segment-terms.js';
import type { SegmentLanguage, SegmentLanguageField, SegmentLanguageParameter } from './segment-language.types.js';

/**
 * The segment language as the validator applies it, read from the same tables
 * (segment-terms.ts, segment-fields.ts, SEGMENT_LIMITS), with choices in the tenant's vocabulary: a builder that
 * reads this offers exactly what the server accepts.
 */
export function describeSegmentLanguage(vocabulary: SegmentVocabulary): SegmentLanguage {
  return {
    fields: SEGMENT_FIELDS.map((spec) => describeField(spec, vocabulary)),
    operators: Object.values(SegmentOperator).map((operator) => ({ operator, arity: OPERATOR_ARITY[operator] })),
    attributeTypes: Object.values(SegmentAttributeType).map((type) => ({ type, valueKind: ATTRIBUTE_SHAPES[type].kind, operators: ATTRIBUTE_SHAPES[type].operators })),
    limits: { ...SEGMENT_LIMITS },
  };
}

function describeField(spec: SegmentFieldSpec, vocabulary: SegmentVocabulary): SegmentLanguageField {
  const range = spec.kind === 'integer' ? (spec.range ?? DEFAULT_INTEGER_RANGE) : null;
  return {
    field: spec.field,
    description: spec.description,
    valueKind: spec.kind,
    operators: spec.operators,
    minimum: range?.min ?? null,
    maximum: range?.max ?? null,
    choices: spec.kind === 'choice' ? (spec.choices?.(vocabulary) ?? []) : null,
    parameters: CONDITION_PARAMETERS.flatMap((name): SegmentLanguageParameter[] => {
      const need = spec.parameters?.[name];
      return need ? [{ name, required: need === 'required' }] : [];
    }),
  };
}
