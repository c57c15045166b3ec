import { Field, Int, ObjectType } from 'type-graphql';
import type { ItemDefinition, Locale, MaturityModel as ModelData, StageDefinition } from './model/maturity-model.types.js';
import { EvidenceMeasure, MaturityDimension, MaturityStage, MaturityTier, QuickAnswer } from './maturity.enums.js';

/** The maturity model in one language, as the API shows it (maturityModel(locale)). */

@ObjectType('MaturityTierInfo', { description: 'A tier: a group of stages with one aim.' })
export class MaturityTierView {
  @Field(() => MaturityTier)
  key!: MaturityTier;

  @Field()
  name!: string;

  @Field()
  description!: string;
}

@ObjectType('MaturityStageInfo', { description: 'One of the seven stages.' })
export class MaturityStageView {
  @Field(() => Int, { description: '1..7' })
  number!: number;

  @Field(() => MaturityStage)
  key!: MaturityStage;

  @Field(() => MaturityTier)
  tier!: MaturityTier;

  @Field()
  name!: string;

  @Field({ description: 'What reaching the stage means.' })
  description!: string;

  @Field(() => [String], { description: 'The plan at this stage: what to do to reach the next one.' })
  nextSteps!: string[];
}

@ObjectType('MaturityDimensionInfo', { description: 'A capability dimension (an axis of the radar).' })
export class MaturityDimensionView {
  @Field(() => MaturityDimension)
  key!: MaturityDimension;

  @Field()
  name!: string;

  @Field()
  description!: string;
}

@ObjectType({ description: 'A point of the answer scale shown to respondents.' })
export class AnswerAnchor {
  @Field(() => Int, { description: '0..4; the self score is level / 4.' })
  level!: number;

  @Field()
  label!: string;
}

@ObjectType({ description: 'A quick-mode answer and the level it stands for.' })
export class QuickAnswerAnchor {
  @Field(() => QuickAnswer)
  answer!: QuickAnswer;

  @Field(() => Int)
  level!: number;

  @Field()
  label!: string;
}

@ObjectType('MaturityRecommendationText', { description: 'What an item recommends when it is a gap.' })
export class ItemRecommendationView {
  @Field()
  title!: string;

  @Field()
  action!: string;

  @Field({ description: 'The KPI to watch.' })
  kpi!: string;

  @Field({ description: 'The role that should own it.' })
  ownerRole!: string;

  @Field({ description: 'The cxgraph feature that helps.' })
  feature!: string;
}

@ObjectType('EvidenceMeasureInfo', { description: 'A measure of the tenant\'s data that corroborates an item.' })
export class EvidenceMeasureView {
  @Field(() => EvidenceMeasure)
  key!: EvidenceMeasure;

  @Field()
  name!: string;

  @Field({ description: 'How the measured value maps to an evidence level 0..1.' })
  bands!: string;
}

@ObjectType('MaturityItem', { description: 'A statement of the question bank the company rates 0..4.' })
export class MaturityItemView {
  @Field({ description: 'Stable across versions, e.g. "4.1".' })
  id!: string;

  @Field(() => Int)
  stage!: number;

  @Field(() => MaturityDimension)
  dimension!: MaturityDimension;

  @Field({ description: 'Gates weigh 2 and must score ≥ 0.5 for their stage to be achieved.' })
  gate!: boolean;

  @Field(() => Int, { description: '2 for gates, else 1.' })
  weight!: number;

  @Field()
  text!: string;

  @Field({ description: 'Whether NOT_APPLICABLE is accepted (never for gates).' })
  allowsNotApplicable!: boolean;

  @Field(() => EvidenceMeasureView, { nullable: true, description: 'The data that corroborates the answer, when the item is bound.' })
  evidence!: EvidenceMeasureView | null;

  @Field(() => ItemRecommendationView)
  recommendation!: ItemRecommendationView;
}

@ObjectType('MaturityModel', { description: 'The CX-maturity model of one questionnaire version, in one language (adapted from a published seven-stage model).' })
export class MaturityModelView {
  @Field(() => Int, { description: 'Questionnaire version, stored with every assessment.' })
  version!: number;

  @Field()
  locale!: string;

  @Field(() => [MaturityTierView])
  tiers!: MaturityTierView[];

  @Field(() => [MaturityStageView])
  stages!: MaturityStageView[];

  @Field(() => [MaturityDimensionView])
  dimensions!: MaturityDimensionView[];

  @Field(() => [AnswerAnchor], { description: 'The 0..4 scale.' })
  anchors!: AnswerAnchor[];

  @Field(() => [QuickAnswerAnchor], { description: 'Quick mode: no / partly / yes.' })
  quickAnchors!: QuickAnswerAnchor[];

  @Field(() => [MaturityItemView], { description: 'The 35 items, by stage.' })
  items!: MaturityItemView[];
}

export function stageView(stage: StageDefinition, locale: Locale): MaturityStageView {
  return {
    number: stage.number,
    key: stage.key as MaturityStage,
    tier: stage.tier as MaturityTier,
    name: stage.name[locale],
    description: stage.description[locale],
    nextSteps: stage.nextSteps.map((step) => step[locale]),
  };
}

export function itemView(model: ModelData, item: ItemDefinition, locale: Locale): MaturityItemView {
  const measure = item.evidence ? model.measures[item.evidence] : null;
  return {
    id: item.id,
    stage: item.stage,
    dimension: item.dimension as MaturityDimension,
    gate: item.gate,
    weight: item.weight,
    text: item.text[locale],
    allowsNotApplicable: item.allowsNotApplicable,
    evidence: item.evidence && measure ? { key: item.evidence as EvidenceMeasure, name: measure.name[locale], bands: measure.bands[locale] } : null,
    recommendation: {
      title: item.recommendation.title[locale],
      action: item.recommendation.action[locale],
      kpi: item.recommendation.kpi[locale],
      ownerRole: item.recommendation.ownerRole[locale],
      feature: item.recommendation.feature[locale],
    },
  };
}

export function modelView(model: ModelData, locale: Locale): MaturityModelView {
  return {
    version: model.version,
    locale,
    tiers: model.tiers.map((tier) => ({ key: tier.key as MaturityTier, name: tier.name[locale], description: tier.description[locale] })),
    stages: model.stages.map((stage) => stageView(stage, locale)),
    dimensions: model.dimensions.map((dimension) => ({ key: dimension.key as MaturityDimension, name: dimension.name[locale], description: dimension.description[locale] })),
    anchors: model.anchors.map((anchor) => ({ level: anchor.level, label: anchor.label[locale] })),
    quickAnchors: model.quickAnchors.map((anchor) => ({ answer: anchor.answer as QuickAnswer, level: anchor.level, label: anchor.label[locale] })),
    items: model.items.map((item) => itemView(model, item, locale)),
  };
}
