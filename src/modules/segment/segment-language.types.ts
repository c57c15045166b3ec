import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SegmentAttributeType, SegmentConditionParameter, SegmentField, SegmentOperator, SegmentValueArity, SegmentValueKind, type ConditionParameter, type ValueArity, type ValueKind } from './definition/segment-terms.js';

// The segment language as data, for builders (the web console's among them) that would otherwise
// copy the server's rules. segment-language.ts fills these from segment-terms.ts and segment-fields.ts.

@ObjectType({ description: 'A condition key a field takes besides field, operator and value.' })
export class SegmentLanguageParameter {
  @Field(() => SegmentConditionParameter, { description: 'The key.' })
  name!: ConditionParameter;

  @Field({ description: 'Whether a condition on the field must give it (false: it may).' })
  required!: boolean;
}

@ObjectType({ description: 'What a condition on one field may say.' })
export class SegmentLanguageField {
  @Field(() => SegmentField, { description: 'The field.' })
  field!: SegmentField;

  @Field({ description: 'What the field holds, in English.' })
  description!: string;

  @Field(() => SegmentValueKind, { description: 'The kind of each value it compares with. For a field that takes `type` (ATTRIBUTE), the declared type decides: see SegmentLanguage.attributeTypes.' })
  valueKind!: ValueKind;

  @Field(() => [SegmentOperator], { description: 'The operators it allows. For a field that takes `type` (ATTRIBUTE), the declared type decides: see SegmentLanguage.attributeTypes.' })
  operators!: readonly SegmentOperator[];

  @Field(() => Int, { nullable: true, description: 'The smallest value an INTEGER field allows; null for other kinds.' })
  minimum!: number | null;

  @Field(() => Int, { nullable: true, description: 'The largest value an INTEGER field allows; null for other kinds.' })
  maximum!: number | null;

  @Field(() => [String], { nullable: true, description: "The values a CHOICE field takes (RFM segments: those of the tenant's segment map); null for other fields." })
  choices!: readonly string[] | null;

  @Field(() => [SegmentLanguageParameter], { description: 'The other condition keys it takes; empty when none.' })
  parameters!: SegmentLanguageParameter[];
}

@ObjectType({ description: 'An operator and the value it takes.' })
export class SegmentLanguageOperator {
  @Field(() => SegmentOperator, { description: 'The operator.' })
  operator!: SegmentOperator;

  @Field(() => SegmentValueArity, { description: 'What `value` holds with it.' })
  arity!: ValueArity;
}

@ObjectType({ description: 'How a customer attribute of a declared type is compared.' })
export class SegmentLanguageAttributeType {
  @Field(() => SegmentAttributeType, { description: 'The declared type (`type` of an ATTRIBUTE condition).' })
  type!: SegmentAttributeType;

  @Field(() => SegmentValueKind, { description: 'The kind of each value an attribute of this type compares with.' })
  valueKind!: ValueKind;

  @Field(() => [SegmentOperator], { description: 'The operators an attribute of this type allows.' })
  operators!: readonly SegmentOperator[];
}

@ObjectType({ description: 'Size limits of a definition (it is compiled into one SQL statement).' })
export class SegmentLanguageLimits {
  @Field(() => Int, { description: 'How deep groups may nest; the top group is level 1.' })
  maxDepth!: number;

  @Field(() => Int, { description: 'Groups and conditions in one definition, all counted.' })
  maxNodes!: number;

  @Field(() => Int, { description: 'Values in one list (IN, NOT_IN, HAS_ANY, HAS_ALL).' })
  maxListValues!: number;

  @Field(() => Int, { description: 'Characters of one text value.' })
  maxTextLength!: number;

  @Field(() => Int, { description: 'The largest number of days (WITHIN_LAST_DAYS, MORE_THAN_DAYS_AGO, withinDays); the smallest is 1.' })
  maxDays!: number;
}

@ObjectType({ description: 'The segment definition language as the server checks it: which operators and values each field takes, and the limits. The server stays the judge of each definition.' })
export class SegmentLanguage {
  @Field(() => [SegmentLanguageField], { description: 'Every field a condition can test.' })
  fields!: SegmentLanguageField[];

  @Field(() => [SegmentLanguageOperator], { description: 'Every operator with what its value holds.' })
  operators!: SegmentLanguageOperator[];

  @Field(() => [SegmentLanguageAttributeType], { description: 'The types an ATTRIBUTE condition may declare, each with its value kind and operators.' })
  attributeTypes!: SegmentLanguageAttributeType[];

  @Field(() => SegmentLanguageLimits, { description: 'Size limits of a definition.' })
  limits!: SegmentLanguageLimits;
}

registerEnumType(SegmentValueKind, {
  name: 'SegmentValueKind',
  description: 'The kind of value a segment condition compares with (each element, for lists).',
  valuesConfig: {
    TEXT: { description: 'Text of 1 to maxTextLength characters.' },
    DECIMAL: { description: 'A number with at most 12 integer digits, or a decimal string such as "12.50".' },
    INTEGER: { description: 'A whole number from the field’s minimum to its maximum.' },
    BOOLEAN: { description: 'true or false.' },
    DATE: { description: 'A date such as 2026-01-31 (00:00 UTC) or a date-time with a zone such as 2026-01-31T09:30:00Z, in the years 1900 to 2200.' },
    CHOICE: { description: 'One of the field’s choices.' },
    KEY: { description: 'A key of the tenant (a tag key, a journey stage key): 1 to 100 lowercase letters, digits, or _ . : - characters, starting with a letter or digit.' },
  },
});

registerEnumType(SegmentValueArity, {
  name: 'SegmentValueArity',
  description: 'What the `value` of a segment condition holds for an operator.',
  valuesConfig: {
    NONE: { description: 'No value is given.' },
    ONE: { description: 'One value.' },
    LIST: { description: 'A list of 1 to maxListValues values.' },
    PAIR: { description: 'A list of two: [low, high].' },
    DAYS: { description: 'A whole number of days, 1 to maxDays.' },
  },
});

registerEnumType(SegmentConditionParameter, {
  name: 'SegmentConditionParameter',
  description: 'A key of a segment condition besides field, operator and value (SegmentConditionInput; the same name in the JSON document).',
  valuesConfig: {
    WITHIN_DAYS: { description: 'withinDays: count only the last N days (24 hours each) up to asOf.' },
    TAG: { description: 'tag: the key of the tag whose score is tested.' },
    JOURNEY: { description: 'journey: the key of a journey.' },
    PATH: { description: 'path: keys of the attributes object separated by dots, such as loyalty.tier.' },
    TYPE: { description: 'type: how the attribute at the path is read (SegmentAttributeType).' },
  },
});
