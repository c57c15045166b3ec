import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { bulkInsert, timeColumn, type BulkColumn } from './demo-bulk-insert.js';
import type { DemoPeriod } from './demo-customers.js';

export interface DemoStage {
  id: string;
  journeyId: string;
  key: string;
  name: string;
  position: number;
}

export interface DemoJourney {
  id: string;
  key: string;
  name: string;
  persona: string;
  scenario: string;
  stages: DemoStage[];
}

/** The two journey maps of the demo, with persona, scenario and ordered stages. */
export interface DemoJourneys {
  purchase: DemoJourney;
  support: DemoJourney;
}

const PURCHASE_JOURNEY = {
  key: 'online-purchase',
  name: 'Online purchase',
  persona: 'Busy professional who researches online before buying',
  scenario: 'Discovers the brand, compares options, buys on the web or in the app, receives and uses the product, then recommends it',
  stages: [['awareness', 'Awareness'], ['consideration', 'Consideration'], ['purchase', 'Purchase'], ['use', 'Use'], ['advocacy', 'Advocacy']],
} as const;

const SUPPORT_JOURNEY = {
  key: 'support',
  name: 'Support request',
  persona: 'Existing customer with a problem with an order',
  scenario: 'Contacts support, works through the issue with an agent, and gets it resolved or escalated',
  stages: [['contact', 'Contact'], ['troubleshooting', 'Troubleshooting'], ['resolution', 'Resolution']],
} as const;

export function generateJourneys(): DemoJourneys {
  return { purchase: buildJourney(PURCHASE_JOURNEY), support: buildJourney(SUPPORT_JOURNEY) };
}

function buildJourney(definition: typeof PURCHASE_JOURNEY | typeof SUPPORT_JOURNEY): DemoJourney {
  const id = randomUUID();
  return {
    id,
    key: definition.key,
    name: definition.name,
    persona: definition.persona,
    scenario: definition.scenario,
    stages: definition.stages.map(([key, name], position) => ({ id: randomUUID(), journeyId: id, key, name, position })),
  };
}

export function stageOf(journey: DemoJourney, key: string): DemoStage {
  const stage = journey.stages.find((candidate) => candidate.key === key);
  if (!stage) throw new Error(`journey ${journey.key} has no stage ${key}`);
  return stage;
}

// The journey maps were drawn up before the period the demo shows.
function journeyColumns(period: DemoPeriod): ReadonlyArray<BulkColumn<DemoJourney>> {
  return [
    { name: 'id', type: 'uuid', value: (journey) => journey.id },
    { name: 'key', type: 'text', value: (journey) => journey.key },
    { name: 'name', type: 'text', value: (journey) => journey.name },
    { name: 'persona', type: 'text', value: (journey) => journey.persona },
    { name: 'scenario', type: 'text', value: (journey) => journey.scenario },
    timeColumn('created_at', () => period.start),
  ];
}

const STAGE_COLUMNS: ReadonlyArray<BulkColumn<DemoStage>> = [
  { name: 'id', type: 'uuid', value: (stage) => stage.id },
  { name: 'journey_id', type: 'uuid', value: (stage) => stage.journeyId },
  { name: 'key', type: 'text', value: (stage) => stage.key },
  { name: 'name', type: 'text', value: (stage) => stage.name },
  { name: 'position', type: 'integer', value: (stage) => stage.position },
];

/** Inserts both journeys and their stages; returns [journeys, stages]. */
export async function insertJourneys(
  client: pg.ClientBase,
  tenantId: string,
  journeys: DemoJourneys,
  period: DemoPeriod,
): Promise<[number, number]> {
  const list = [journeys.purchase, journeys.support];
  const journeyCount = await bulkInsert(client, 'journey', tenantId, journeyColumns(period), list);
  const stageCount = await bulkInsert(client, 'journey_stage', tenantId, STAGE_COLUMNS, list.flatMap((journey) => journey.stages));
  return [journeyCount, stageCount];
}
