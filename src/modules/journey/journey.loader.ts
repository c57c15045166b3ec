import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { SqlRunner } from '../../db/sql-runner.js';
import { Journey, JourneyStage } from './journey.entity.js';

/** Per-request batch loaders of journeys and their stages; results in key order. */
export function createJourneyLoaders(_sql: SqlRunner, em: EntityManager, tenantId: string) {
  return {
    journeyById: new DataLoader<string, Journey | null>(async (ids) => {
      const journeys = await em.find(Journey, { tenantId, id: { $in: [...ids] } });
      const byId = new Map(journeys.map((journey) => [journey.id, journey]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    stageById: new DataLoader<string, JourneyStage | null>(async (ids) => {
      const stages = await em.find(JourneyStage, { tenantId, id: { $in: [...ids] } });
      const byId = new Map(stages.map((stage) => [stage.id, stage]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    stagesByJourneyId: new DataLoader<string, JourneyStage[]>(async (journeyIds) => {
      const stages = await em.find(JourneyStage, { tenantId, journeyId: { $in: [...journeyIds] } }, { orderBy: { position: 'asc' } });
      return journeyIds.map((journeyId) => stages.filter((stage) => stage.journeyId === journeyId));
    }),
  };
}
