import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlRunner } from './db/sql-runner.js';
import { createCustomerLoaders, type CustomerLoaders } from './modules/customer/customer.loader.js';
import { createJourneyLoaders } from './modules/journey/journey.loader.js';

type JourneyLoaders = ReturnType<typeof createJourneyLoaders>;

/**
 * A request's batch loaders, each module's made when one of them is first used. Most requests
 * (a metric, a page of customers) use none, and six loaders with their caches were a share of
 * the objects every request left for the garbage collector.
 */
export class RequestLoaders implements CustomerLoaders, JourneyLoaders {
  private customers: CustomerLoaders | undefined;
  private journeys: JourneyLoaders | undefined;

  constructor(
    private readonly sql: SqlRunner,
    private readonly em: EntityManager,
    private readonly tenantId: string,
  ) {}

  get customerById() {
    return this.customerLoaders().customerById;
  }

  get statsByCustomerId() {
    return this.customerLoaders().statsByCustomerId;
  }

  get tagsByCustomerId() {
    return this.customerLoaders().tagsByCustomerId;
  }

  get journeyById() {
    return this.journeyLoaders().journeyById;
  }

  get stageById() {
    return this.journeyLoaders().stageById;
  }

  get stagesByJourneyId() {
    return this.journeyLoaders().stagesByJourneyId;
  }

  private customerLoaders(): CustomerLoaders {
    return (this.customers ??= createCustomerLoaders(this.sql, this.em, this.tenantId));
  }

  private journeyLoaders(): JourneyLoaders {
    return (this.journeys ??= createJourneyLoaders(this.sql, this.em, this.tenantId));
  }
}
