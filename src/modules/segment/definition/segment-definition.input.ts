import { GraphQLJSON } from 'graphql-scalars';
import { Field, InputType, Int } from 'type-graphql';
import { DEFAULT_SEGMENT_VOCABULARY, readSegmentDocument, type ParsedSegmentDefinition, type SegmentVocabulary } from './segment-definition.js';
import { SegmentAttributeType, SegmentField, SegmentOperator } from './segment-terms.js';

@InputType({ description: 'A test of one segment field. Which of the optional keys apply depends on the field.' })
export class SegmentConditionInput {
  @Field(() => SegmentField, { description: 'What is tested.' })
  field!: SegmentField;

  @Field(() => SegmentOperator, { description: 'How it is compared; each field allows some operators only.' })
  operator!: SegmentOperator;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description:
      'What the field is compared with: one value, a list (IN, NOT_IN, HAS_ANY, HAS_ALL), [low, high] (BETWEEN), a number of days (WITHIN_LAST_DAYS, MORE_THAN_DAYS_AGO), or nothing (IS_SET, IS_NOT_SET). Dates are ISO 8601 text.',
  })
  value?: unknown;

  @Field(() => Int, { nullable: true, description: 'ORDER_COUNT, ORDER_REVENUE, TOUCHPOINT_COUNT, JOURNEY_STAGE: count only the last N days (of 24 hours) up to asOf.' })
  withinDays?: number | null;

  @Field(() => String, { nullable: true, description: 'TAG_SCORE: the tag key whose score is compared.' })
  tag?: string | null;

  @Field(() => String, { nullable: true, description: 'JOURNEY_STAGE (required) and TOUCHPOINT_COUNT: the journey key.' })
  journey?: string | null;

  @Field(() => String, { nullable: true, description: 'ATTRIBUTE: keys of the customer attributes separated by dots, such as "loyalty.tier".' })
  path?: string | null;

  @Field(() => SegmentAttributeType, { nullable: true, description: 'ATTRIBUTE: how the value at the path is read.' })
  type?: SegmentAttributeType | null;
}

@InputType({
  description:
    'A node of a segment definition: exactly one of all (every child holds), any (at least one holds), not (the child does not hold) or condition. At most 10 levels and 200 nodes.',
})
export class SegmentDefinitionInput {
  @Field(() => [SegmentDefinitionInput], { nullable: true, description: 'Holds when every node of the (non-empty) list holds.' })
  all?: SegmentDefinitionInput[] | null;

  @Field(() => [SegmentDefinitionInput], { nullable: true, description: 'Holds when at least one node of the (non-empty) list holds.' })
  any?: SegmentDefinitionInput[] | null;

  @Field(() => SegmentDefinitionInput, { nullable: true, description: 'Holds when the node does not.' })
  not?: SegmentDefinitionInput | null;

  @Field(() => SegmentConditionInput, { nullable: true, description: 'A test of one field.' })
  condition?: SegmentConditionInput | null;
}

const CONDITION_INPUT_KEYS = ['field', 'operator', 'value', 'withinDays', 'tag', 'journey', 'path', 'type'] as const;

/**
 * The JSON document form of a GraphQL definition: groups as they are, the condition's keys
 * moved up into its node. Null and omitted keys are left out. Deliberately no validation: a
 * node naming both a group and a condition stays so, for the validator to report.
 */
export function segmentDocumentFromInput(input: SegmentDefinitionInput): Record<string, unknown> {
  const document: Record<string, unknown> = {};
  if (input.all !== undefined && input.all !== null) document.all = input.all.map(segmentDocumentFromInput);
  if (input.any !== undefined && input.any !== null) document.any = input.any.map(segmentDocumentFromInput);
  if (input.not !== undefined && input.not !== null) document.not = segmentDocumentFromInput(input.not);
  if (input.condition !== undefined && input.condition !== null) {
    for (const key of CONDITION_INPUT_KEYS) {
      const value = input.condition[key];
      if (value !== undefined && value !== null) document[key] = value;
    }
  }
  return document;
}

/** Validates a GraphQL definition; errors name the input's own paths (`….condition.value`). */
export function parseSegmentDefinitionInput(
  input: SegmentDefinitionInput,
  path = 'input.definition',
  vocabulary: SegmentVocabulary = DEFAULT_SEGMENT_VOCABULARY,
): ParsedSegmentDefinition {
  return readSegmentDocument(segmentDocumentFromInput(input), path, vocabulary, '.condition');
}
