import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlRunner } from '../../src/db/sql-runner.js';
import { RequestLoaders } from '../../src/request-loaders.js';

// Batching and caching hold only if every use in a request gets the same loader; the loaders
// themselves run SQL and are tested with the database (customers, journeys).
describe('RequestLoaders', () => {
  it('hands out the same loader on every use, each module its own', () => {
    const loaders = new RequestLoaders({} as SqlRunner, {} as EntityManager, 'tenant');
    const first = [loaders.customerById, loaders.statsByCustomerId, loaders.tagsByCustomerId, loaders.journeyById, loaders.stageById, loaders.stagesByJourneyId];
    const again = [loaders.customerById, loaders.statsByCustomerId, loaders.tagsByCustomerId, loaders.journeyById, loaders.stageById, loaders.stagesByJourneyId];
    expect(again.map((loader, index) => loader === first[index])).toEqual([true, true, true, true, true, true]);
    expect(new Set(first).size).toBe(6);
  });
});
