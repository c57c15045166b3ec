import { badInput, NotFoundError, throwIfInvalid } from '../../common/errors.js';
import { listPage } from '../../common/list-page.js';
import type { SortSpec } from '../../common/keyset.js';
import type { ConnectionShape } from '../../common/pagination.js';
import { duplicateKeys, FieldChecker, isUuid } from '../../common/validation.js';
import type { TenantScope } from '../../context.js';
import { Journey, JourneyStage } from './journey.entity.js';
import type { JourneyInput, PageArgs } from './journey.types.js';

const JOURNEY_SORT: SortSpec = { name: 'KEY_ASC', expression: 'child.key', cast: 'text', direction: 'asc' };
const JOURNEY_LIST = { table: 'journey', alias: 'child', sort: JOURNEY_SORT, sortValue: (journey: Journey) => journey.key, entity: Journey };

export class JourneyService {
  constructor(private readonly scope: TenantScope) {}

  list(args: PageArgs): Promise<ConnectionShape<Journey>> {
    return listPage(this.scope, JOURNEY_LIST, [], args);
  }

  async get(id: string | null | undefined, key: string | null | undefined): Promise<Journey> {
    if ((id === undefined || id === null) === (key === undefined || key === null)) throw badInput('id', 'give either an id or a key');
    if (id && !isUuid(id)) throw badInput('id', 'is not a valid id');
    const journey = await this.scope.em.findOne(Journey, id ? { tenantId: this.scope.tenantId, id } : { tenantId: this.scope.tenantId, key: key as string });
    if (!journey) throw new NotFoundError('Journey', (id ?? key) as string);
    return journey;
  }

  async create(input: JourneyInput): Promise<Journey> {
    throwIfInvalid(validateJourneyInput(input));
    if (await this.scope.em.findOne(Journey, { tenantId: this.scope.tenantId, key: input.key })) {
      throw badInput('input.key', `a journey "${input.key}" already exists`);
    }
    const journey = Object.assign(new Journey(), {
      tenantId: this.scope.tenantId,
      key: input.key,
      name: input.name.trim(),
      persona: input.persona ?? null,
      scenario: input.scenario ?? null,
    });
    // The stages reference the journey through a key MikroORM does not know about, so the
    // journey is written first.
    await this.scope.em.persistAndFlush(journey);
    input.stages.forEach((stage, position) =>
      this.scope.em.persist(Object.assign(new JourneyStage(), { tenantId: this.scope.tenantId, journeyId: journey.id, key: stage.key, name: stage.name.trim(), position })),
    );
    await this.scope.em.flush();
    return journey;
  }
}

export function validateJourneyInput(input: JourneyInput) {
  const check = new FieldChecker('input');
  check.key('key', input.key);
  check.requiredText('name', input.name, 200);
  check.optionalText('persona', input.persona, 2000);
  check.optionalText('scenario', input.scenario, 2000);
  if (input.stages.length === 0 || input.stages.length > 50) check.fail('stages', 'must list 1 to 50 stages');
  input.stages.forEach((stage, index) => {
    check.key(`stages[${index}].key`, stage.key);
    check.requiredText(`stages[${index}].name`, stage.name, 200);
  });
  return [...check.errors, ...duplicateKeys('input.stages', input.stages.map((stage) => stage.key), 'key')];
}
