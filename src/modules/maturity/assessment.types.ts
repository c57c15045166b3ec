import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AssessmentStatus, MaturityDimension, QuickAnswer, SpecialAnswer } from './maturity.enums.js';

/** GraphQL inputs of assessments and the assessment itself (MATURITY.md); results are in assessment-result.types.ts. */

@InputType({ description: 'A new assessment of the company.' })
export class StartAssessmentInput {
  @Field({ description: '1 to 200 characters, e.g. "Annual review 2026".' })
  title!: string;

  @Field(() => [String], { description: 'Who answers (names or roles), 1 to 50, each 1 to 100 characters, distinct.' })
  respondents!: string[];
}

@InputType({ description: 'One respondent\'s answer to one item: exactly one of level, quick or special.' })
export class AnswerInput {
  @Field({ description: 'Item id of the assessment\'s questionnaire version, e.g. "4.1".' })
  itemId!: string;

  @Field({ description: 'One of the assessment\'s respondents.' })
  respondent!: string;

  @Field(() => Int, { nullable: true, description: '0 not in place · 1 ad hoc · 2 partly · 3 largely · 4 fully, measured and improved.' })
  level?: number | null;

  @Field(() => QuickAnswer, { nullable: true, description: 'Quick mode instead of level: NO = 0, PARTLY = 2, YES = 4.' })
  quick?: QuickAnswer | null;

  @Field(() => SpecialAnswer, { nullable: true, description: 'UNKNOWN or NOT_APPLICABLE instead of a level.' })
  special?: SpecialAnswer | null;

  @Field(() => String, { nullable: true, description: 'The respondent\'s note, up to 4,000 characters.' })
  note?: string | null;
}

@InputType({ description: 'Answers to save; a later answer of the same respondent to the same item replaces the earlier one.' })
export class AnswerItemsInput {
  @Field(() => ID)
  assessmentId!: string;

  @Field(() => [AnswerInput], { description: '1 to 500 answers; all are saved or none.' })
  answers!: AnswerInput[];
}

@InputType({ description: 'A consultant\'s override of an item\'s effective score.' })
export class OverrideItemInput {
  @Field(() => ID)
  assessmentId!: string;

  @Field()
  itemId!: string;

  @Field(() => Int, { nullable: true, description: 'The level 0..4 the item is worth (effective score level / 4); null removes the override.' })
  level?: number | null;

  @Field(() => String, { nullable: true, description: 'Why, 10 to 4,000 characters; required with a level. Kept as evidence.' })
  justification?: string | null;
}

@InputType({ description: 'The level aimed at in one dimension.' })
export class DimensionTargetInput {
  @Field(() => MaturityDimension)
  dimension!: MaturityDimension;

  @Field(() => Int, { description: '1..7' })
  level!: number;
}

@InputType({ description: 'The company\'s targets; they replace the previous ones.' })
export class MaturityTargetsInput {
  @Field(() => Int, { nullable: true, description: 'The stage aimed at, 1..7; null for none.' })
  stage?: number | null;

  @Field(() => [DimensionTargetInput], { nullable: true, description: 'At most one per dimension.' })
  dimensions?: DimensionTargetInput[] | null;
}

@ObjectType({ description: 'One respondent\'s answer to one item.' })
export class AssessmentAnswer {
  @Field()
  itemId!: string;

  @Field()
  respondent!: string;

  @Field(() => Int, { nullable: true, description: '0..4; null for UNKNOWN or NOT_APPLICABLE.' })
  level!: number | null;

  @Field(() => SpecialAnswer, { nullable: true })
  special!: SpecialAnswer | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field()
  answeredAt!: Date;
}

@ObjectType({ description: 'An assessment of the company: answers, evidence, result.' })
export class Assessment {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => AssessmentStatus)
  status!: AssessmentStatus;

  @Field(() => Int, { description: 'Questionnaire version.' })
  modelVersion!: number;

  @Field(() => [String])
  respondents!: string[];

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;
}
