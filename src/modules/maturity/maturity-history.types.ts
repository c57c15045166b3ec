import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { MaturityDimension } from './maturity.enums.js';

/** The company's assessments over time, targets and progress (MATURITY.md, Over time). */

@ObjectType({ description: 'A dimension\'s level in a run or a target.' })
export class DimensionLevel {
  @Field(() => MaturityDimension)
  dimension!: MaturityDimension;

  @Field(() => Int)
  level!: number;
}

@ObjectType({ description: 'What changed since the run before.' })
export class MaturityChange {
  @Field(() => Int)
  stage!: number;

  @Field(() => Float)
  index!: number;

  @Field(() => [DimensionLevel], { description: 'Level change per dimension.' })
  dimensions!: DimensionLevel[];
}

@ObjectType({ description: 'One submitted assessment in the company\'s history, as it stood at submission.' })
export class MaturityRun {
  @Field(() => ID)
  assessmentId!: string;

  @Field()
  title!: string;

  @Field()
  submittedAt!: Date;

  @Field(() => Int, { description: 'Evidence-adjusted stage at submission.' })
  stage!: number;

  @Field(() => Int)
  selfReportedStage!: number;

  @Field(() => Float)
  index!: number;

  @Field(() => [DimensionLevel])
  dimensions!: DimensionLevel[];

  @Field(() => MaturityChange, { nullable: true, description: 'Null for the first run.' })
  change!: MaturityChange | null;
}

@ObjectType({ description: 'The company\'s maturity targets.' })
export class MaturityTargets {
  @Field(() => Int, { nullable: true })
  stage!: number | null;

  @Field(() => [DimensionLevel])
  dimensions!: DimensionLevel[];

  @Field(() => Date, { nullable: true })
  updatedAt!: Date | null;
}

@ObjectType({ description: 'A target against the latest run.' })
export class TargetProgress {
  @Field(() => MaturityDimension, { nullable: true, description: 'Null for the stage target.' })
  dimension!: MaturityDimension | null;

  @Field(() => Int)
  target!: number;

  @Field(() => Int, { description: 'Stage or level of the latest submitted run (0 without one).' })
  current!: number;

  @Field(() => Int, { description: 'target − current, at least 0.' })
  remaining!: number;

  @Field()
  met!: boolean;
}

@ObjectType({ description: 'The company\'s assessments over time, with targets and progress.' })
export class MaturityHistory {
  @Field(() => [MaturityRun], { description: 'Submitted assessments, oldest first.' })
  runs!: MaturityRun[];

  @Field(() => MaturityTargets)
  targets!: MaturityTargets;

  @Field(() => [TargetProgress], { description: 'The stage target first, then each dimension target.' })
  progress!: TargetProgress[];
}
