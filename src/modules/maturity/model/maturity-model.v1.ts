import type { DimensionKey, ItemDefinition, MaturityModel, StageKey, TierKey } from './maturity-model.types.js';
import { ITEM_TEXTS_V1 } from './item-texts.v1.js';
import { QUESTION_BANK_V1, type ItemStructure } from './question-bank.v1.js';
import {
  ANCHOR_LABELS_V1,
  DIMENSION_TEXTS_V1,
  MEASURE_TEXTS_V1,
  QUICK_ANCHOR_LABELS_V1,
  STAGE_TEXTS_V1,
  TIER_TEXTS_V1,
} from './maturity-texts.v1.js';

/** The maturity model, version 1 (MATURITY.md): the question bank's structure joined with its texts. */

const STAGES: { number: number; key: StageKey; tier: TierKey }[] = [
  { number: 1, key: 'INITIATE', tier: 'ATTRACT' },
  { number: 2, key: 'RADIATE', tier: 'ATTRACT' },
  { number: 3, key: 'ALIGN', tier: 'ATTRACT' },
  { number: 4, key: 'SEGMENT', tier: 'CONVERT' },
  { number: 5, key: 'PERSONALIZE', tier: 'CONVERT' },
  { number: 6, key: 'MANAGE_EXPERIENCE', tier: 'ADVOCATE' },
  { number: 7, key: 'LIFETIME', tier: 'ADVOCATE' },
];

const TIERS: TierKey[] = ['ATTRACT', 'CONVERT', 'ADVOCATE'];

// Model order: the report lists dimensions this way, and the floor's tie-break uses it.
const DIMENSIONS: DimensionKey[] = ['STRATEGY', 'DATA', 'TECHNOLOGY', 'CHANNELS', 'MEASUREMENT', 'ORGANIZATION'];

const ANCHOR_LEVELS = [0, 1, 2, 3, 4] as const;

const QUICK_ANCHORS = [
  { answer: 'NO', level: 0 },
  { answer: 'PARTLY', level: 2 },
  { answer: 'YES', level: 4 },
] as const;

const GATE_WEIGHT = 2;
const ITEM_WEIGHT = 1;

/** The stage of an item is the number before the dot of its id: "4.1" → 4. */
function stageOfItem(id: string): number {
  const stage = Number(id.split('.')[0]);
  if (!STAGES.some((definition) => definition.number === stage)) {
    throw new Error(`maturity model v1: item ${id} does not name a stage 1..${STAGES.length}`);
  }
  return stage;
}

function itemDefinition(structure: ItemStructure): ItemDefinition {
  const texts = ITEM_TEXTS_V1[structure.id];
  // A missing text is a bug in this version's files: fail when the module loads, not in a report.
  if (!texts) throw new Error(`maturity model v1: item ${structure.id} has no texts`);
  return {
    id: structure.id,
    stage: stageOfItem(structure.id),
    dimension: structure.dimension,
    gate: structure.gate,
    weight: structure.gate ? GATE_WEIGHT : ITEM_WEIGHT,
    text: texts.text,
    allowsNotApplicable: structure.allowsNotApplicable,
    evidence: structure.evidence,
    recommendation: texts.recommendation,
  };
}

export const MATURITY_MODEL_V1: MaturityModel = {
  version: 1,
  tiers: TIERS.map((key) => ({ key, ...TIER_TEXTS_V1[key] })),
  stages: STAGES.map(({ number, key, tier }) => ({ number, key, tier, ...STAGE_TEXTS_V1[key] })),
  dimensions: DIMENSIONS.map((key) => ({ key, ...DIMENSION_TEXTS_V1[key] })),
  anchors: ANCHOR_LEVELS.map((level) => ({ level, label: ANCHOR_LABELS_V1[level] })),
  quickAnchors: QUICK_ANCHORS.map(({ answer, level }) => ({ answer, level, label: QUICK_ANCHOR_LABELS_V1[answer] })),
  items: QUESTION_BANK_V1.map(itemDefinition),
  measures: MEASURE_TEXTS_V1,
};
