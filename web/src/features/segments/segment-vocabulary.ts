import type {
  SegmentAttributeType,
  SegmentConditionParameter,
  SegmentField,
  SegmentLanguageQuery,
  SegmentOperator,
  SegmentValueArity,
  SegmentValueKind,
} from '../../gql/graphql';

/**
 * What the builder offers, as the API serves it: the segment language (segmentLanguage: which
 * operators each field allows, what kind of value it compares with, its bounds and choices, and
 * which extra keys it takes) and, as suggestions, the tenant's tag keys and journeys.
 *
 * The server stays the judge: anything the builder gets wrong comes back as BAD_USER_INPUT with
 * the field it concerns, and the builder shows that message.
 */

export type ValueKind = SegmentValueKind;
export type ValueArity = SegmentValueArity;
export type ConditionParameter = SegmentConditionParameter;
export type ServedLanguage = SegmentLanguageQuery['segmentLanguage'];
export type FieldRules = ServedLanguage['fields'][number];

export interface TagOption {
  key: string;
  label: string;
}

export interface JourneyOption {
  key: string;
  name: string;
  stages: { key: string; name: string }[];
}

/** The kind of value a condition compares with and the operators it allows. */
export interface ConditionShape {
  kind: ValueKind;
  operators: readonly SegmentOperator[];
}

export interface SegmentVocabulary {
  /** The fields in the API's order (segment-language.ts lists them in the builder's). */
  fields: readonly FieldRules[];
  attributeTypes: readonly SegmentAttributeType[];
  tags: readonly TagOption[];
  journeys: readonly JourneyOption[];
  /** Undefined for a field the API does not serve (one saved by a newer or older server). */
  field(field: SegmentField): FieldRules | undefined;
  arity(operator: SegmentOperator): ValueArity | undefined;
  /** A field's shape or, for a field read as a declared type (ATTRIBUTE), the type's. */
  shape(field: SegmentField, attributeType: SegmentAttributeType): ConditionShape | undefined;
  parameterNeed(field: SegmentField, parameter: ConditionParameter): 'required' | 'optional' | undefined;
}

export function segmentVocabulary(language: ServedLanguage, suggestions: { tags: readonly TagOption[]; journeys: readonly JourneyOption[] }): SegmentVocabulary {
  const fields = new Map(language.fields.map((rules) => [rules.field, rules]));
  const arities = new Map(language.operators.map(({ operator, arity }) => [operator, arity]));
  const attributeShapes = new Map(language.attributeTypes.map(({ type, valueKind, operators }): [SegmentAttributeType, ConditionShape] => [type, { kind: valueKind, operators }]));
  const parameter = (field: SegmentField, name: ConditionParameter) => fields.get(field)?.parameters.find((candidate) => candidate.name === name);
  return {
    fields: language.fields,
    attributeTypes: language.attributeTypes.map(({ type }) => type),
    tags: suggestions.tags,
    journeys: suggestions.journeys,
    field: (field) => fields.get(field),
    arity: (operator) => arities.get(operator),
    shape(field, attributeType) {
      const rules = fields.get(field);
      if (!rules) return undefined;
      return parameter(field, 'TYPE') ? attributeShapes.get(attributeType) : { kind: rules.valueKind, operators: rules.operators };
    },
    parameterNeed(field, name) {
      const found = parameter(field, name);
      return found ? (found.required ? 'required' : 'optional') : undefined;
    },
  };
}
