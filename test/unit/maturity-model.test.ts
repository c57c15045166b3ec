import { MATURITY_MODEL_V1 } from '../../src/modules/maturity/model/maturity-model.v1.js';
import type { Localized } from '../../src/modules/maturity/model/maturity-model.types.js';
import { ITEM_TEXTS_V1 } from '../../src/modules/maturity/model/item-texts.v1.js';

// Every expected value below is copied from MATURITY.md by hand, not from the model's output.

const HAN = /\p{Script=Han}/u;

/** Every Localized in a value: an object whose keys are exactly `en` and `zh-CN`. */
function localizedTexts(value: unknown, path: string, found: { path: string; text: Localized }[] = []): { path: string; text: Localized }[] {
  if (Array.isArray(value)) {
    value.forEach((element, index) => localizedTexts(element, `${path}[${index}]`, found));
  } else if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    if (keys.length === 2 && keys[0] === 'en' && keys[1] === 'zh-CN') {
      found.push({ path, text: value as Localized });
    } else {
      for (const [key, child] of Object.entries(value)) localizedTexts(child, `${path}.${key}`, found);
    }
  }
  return found;
}

describe('maturity model, version 1', () => {
  const model = MATURITY_MODEL_V1;

  it('has the seven stages of MATURITY.md with their names and tiers', () => {
    expect(model.version).toBe(1);
    expect(model.stages.map((stage) => [stage.number, stage.key, stage.name.en, stage.name['zh-CN'], stage.tier])).toEqual([
      [1, 'INITIATE', 'Initiate', '开始发声', 'ATTRACT'],
      [2, 'RADIATE', 'Radiate', '扩大声量', 'ATTRACT'],
      [3, 'ALIGN', 'Align', '目标匹配', 'ATTRACT'],
      [4, 'SEGMENT', 'Segment', '细分客户', 'CONVERT'],
      [5, 'PERSONALIZE', 'Personalize', '个性化营销', 'CONVERT'],
      [6, 'MANAGE_EXPERIENCE', 'Experience management', '客户体验管理', 'ADVOCATE'],
      [7, 'LIFETIME', 'Lifetime customers', '养成终身客户', 'ADVOCATE'],
    ]);
    expect(model.tiers.map((tier) => tier.key)).toEqual(['ATTRACT', 'CONVERT', 'ADVOCATE']);
  });

  it('has 3 to 5 next steps for every stage, the last one included', () => {
    const outOfRange = model.stages.filter((stage) => stage.nextSteps.length < 3 || stage.nextSteps.length > 5);
    expect(outOfRange.map((stage) => [stage.number, stage.nextSteps.length])).toEqual([]);
  });

  it('has the six dimensions with their English names', () => {
    expect(model.dimensions.map((dimension) => [dimension.key, dimension.name.en])).toEqual([
      ['STRATEGY', 'Strategy'],
      ['DATA', 'Data'],
      ['TECHNOLOGY', 'Technology'],
      ['CHANNELS', 'Content and channels'],
      ['MEASUREMENT', 'Measurement and feedback'],
      ['ORGANIZATION', 'Organization and people'],
    ]);
  });

  it('has the 0..4 anchors and the quick anchors no/partly/yes → 0/2/4', () => {
    expect(model.anchors.map((anchor) => [anchor.level, anchor.label.en])).toEqual([
      [0, 'Not in place'],
      [1, 'Ad hoc or pilot'],
      [2, 'Partly (some teams or channels)'],
      [3, 'Largely (standard process, most of the scope)'],
      [4, 'Fully, measured and improved'],
    ]);
    expect(model.quickAnchors.map((anchor) => [anchor.answer, anchor.level])).toEqual([
      ['NO', 0],
      ['PARTLY', 2],
      ['YES', 4],
    ]);
  });

  it('has 35 items, 5 per stage, each with the stage and dimension of MATURITY.md', () => {
    // [id, stage, dimension], read off the question bank of MATURITY.md.
    const expected = [
      ['1.1', 1, 'CHANNELS'], ['1.2', 1, 'TECHNOLOGY'], ['1.3', 1, 'DATA'], ['1.4', 1, 'CHANNELS'], ['1.5', 1, 'ORGANIZATION'],
      ['2.1', 2, 'CHANNELS'], ['2.2', 2, 'MEASUREMENT'], ['2.3', 2, 'CHANNELS'], ['2.4', 2, 'STRATEGY'], ['2.5', 2, 'TECHNOLOGY'],
      ['3.1', 3, 'STRATEGY'], ['3.2', 3, 'MEASUREMENT'], ['3.3', 3, 'MEASUREMENT'], ['3.4', 3, 'DATA'], ['3.5', 3, 'ORGANIZATION'],
      ['4.1', 4, 'DATA'], ['4.2', 4, 'CHANNELS'], ['4.3', 4, 'MEASUREMENT'], ['4.4', 4, 'TECHNOLOGY'], ['4.5', 4, 'STRATEGY'],
      ['5.1', 5, 'TECHNOLOGY'], ['5.2', 5, 'MEASUREMENT'], ['5.3', 5, 'DATA'], ['5.4', 5, 'CHANNELS'], ['5.5', 5, 'ORGANIZATION'],
      ['6.1', 6, 'DATA'], ['6.2', 6, 'MEASUREMENT'], ['6.3', 6, 'ORGANIZATION'], ['6.4', 6, 'TECHNOLOGY'], ['6.5', 6, 'STRATEGY'],
      ['7.1', 7, 'DATA'], ['7.2', 7, 'MEASUREMENT'], ['7.3', 7, 'CHANNELS'], ['7.4', 7, 'ORGANIZATION'], ['7.5', 7, 'TECHNOLOGY'],
    ];
    expect(model.items.map((item) => [item.id, item.stage, item.dimension])).toEqual(expected);
    for (let stage = 1; stage <= 7; stage++) {
      expect([stage, model.items.filter((item) => item.stage === stage).length]).toEqual([stage, 5]);
    }
  });

  it('marks the 14 gates with weight 2 and no N/A, and every other item with weight 1', () => {
    const gates = ['1.1', '1.2', '2.1', '2.2', '3.1', '3.2', '4.1', '4.2', '5.1', '5.2', '6.1', '6.2', '7.1', '7.2'];
    expect(model.items.filter((item) => item.gate).map((item) => item.id)).toEqual(gates);
    for (const item of model.items) {
      if (gates.includes(item.id)) expect([item.id, item.weight, item.allowsNotApplicable]).toEqual([item.id, 2, false]);
      else expect([item.id, item.weight]).toEqual([item.id, 1]);
    }
  });

  it('binds the 16 ⓔ items of MATURITY.md, each to a measure that has texts', () => {
    const bound = ['1.3', '2.2', '3.2', '3.4', '4.1', '4.2', '5.2', '5.3', '5.5', '6.1', '6.2', '6.3', '6.4', '7.1', '7.2', '7.3'];
    expect(model.items.filter((item) => item.evidence !== null).map((item) => item.id)).toEqual(bound);
    for (const item of model.items) {
      if (item.evidence) expect([item.id, model.measures[item.evidence]]).toEqual([item.id, expect.objectContaining({ name: expect.anything() })]);
    }
    // 15 measures: 2.2 and 3.2 share one.
    expect(Object.keys(model.measures)).toHaveLength(15);
    expect(model.measures.ORDERS_WITH_CHANNEL_SHARE.name.en).toBe('Share of completed orders in the last 90 days that record a channel');
  });

  it('names the cxgraph feature of the examples in the brief', () => {
    const item = (id: string) => model.items.find((candidate) => candidate.id === id)!;
    expect(item('4.1').recommendation.feature.en).toBe('RFM and saved segments');
    expect(item('6.3').recommendation.feature.en).toBe('Feedback operations (SLA, closed loop)');
  });

  it('has texts for exactly the items of the question bank', () => {
    expect(Object.keys(ITEM_TEXTS_V1).sort()).toEqual(model.items.map((item) => item.id).sort());
  });

  it('fills every text in both locales, with Chinese characters in zh-CN and none in English', () => {
    const texts = localizedTexts(model, 'model');
    // tiers 3 × 2 + stages 7 × 2 + dimensions 6 × 2 + anchors 5 + quick anchors 3
    // + items 35 × (text + 5 recommendation fields) + measures 15 × 2 = 6 + 14 + 12 + 5 + 3 + 210 + 30 = 280, plus every next step.
    const nextSteps = model.stages.reduce((total, stage) => total + stage.nextSteps.length, 0);
    expect(texts).toHaveLength(280 + nextSteps);
    const problems = texts.flatMap(({ path, text }) => {
      const found: string[] = [];
      if (text.en.trim() === '') found.push(`${path}: empty en`);
      if (text['zh-CN'].trim() === '') found.push(`${path}: empty zh-CN`);
      if (!HAN.test(text['zh-CN'])) found.push(`${path}: zh-CN without Chinese characters`);
      if (HAN.test(text.en)) found.push(`${path}: en with Chinese characters`);
      return found;
    });
    expect(problems).toEqual([]);
  });
});
