import { throwIfInvalid } from '../../common/errors.js';
import type { ChildListSpec } from '../../common/child-pages.js';
import { listPage, type Condition } from '../../common/list-page.js';
import type { SortSpec } from '../../common/keyset.js';
import type { ConnectionShape } from '../../common/pagination.js';
import { FieldChecker } from '../../common/validation.js';
import type { TenantScope } from '../../context.js';
import { resolveCustomerIds } from '../customer/customer-reference.js';
import { checkCustomerReference } from '../order/order.validation.js';
import { Journey, JourneyStage } from './journey.entity.js';
import type { TouchpointFilter, TouchpointInput, TouchpointsArgs } from './journey.types.js';
import { Touchpoint } from './touchpoint.entity.js';

export const TOUCHPOINT_SORT: SortSpec = { name: 'OCCURRED_AT_DESC', expression: 'child.occurred_at', cast: 'timestamptz', direction: 'desc' };

export const CUSTOMER_TOUCHPOINTS: ChildListSpec<Touchpoint> = {
  table: 'touchpoint',
  parentColumn: 'customer_id',
  sort: TOUCHPOINT_SORT,
  sortProperty: 'occurredAt',
  entity: Touchpoint,
};

const TOUCHPOINT_LIST = { table: 'touchpoint', alias: 'child', sort: TOUCHPOINT_SORT, sortValue: (touchpoint: Touchpoint) => touchpoint.occurredAt, entity: Touchpoint };

export class TouchpointService {
  constructor(private readonly scope: TenantScope) {}

  list(args: TouchpointsArgs): Promise<ConnectionShape<Touchpoint>> {
    const check = new FieldChecker('filter');
    for (const field of ['customerId', 'journeyId', 'stageId'] as const) check.uuid(field, args.filter?.[field]);
    throwIfInvalid(check.errors);
    return listPage(this.scope, TOUCHPOINT_LIST, touchpointConditions(args.filter), args);
  }

  async record(input: TouchpointInput): Promise<Touchpoint> {
    throwIfInvalid(validateTouchpointInput(input));
    const [customerId] = await resolveCustomerIds(this.scope, [input], () => 'input');
    const { journeyId, stageId } = await this.resolveStage(input);
    const touchpoint = Object.assign(new Touchpoint(), {
      tenantId: this.scope.tenantId,
      customerId: customerId as string,
      journeyId,
      stageId,
      occurredAt: input.occurredAt,
      channel: input.channel ?? null,
      action: input.action.trim(),
      thought: input.thought ?? null,
      emotion: input.emotion ?? null,
      gains: input.gains ?? null,
      pains: input.pains ?? null,
    });
    await this.scope.em.persistAndFlush(touchpoint);
    return touchpoint;
  }

  private async resolveStage(input: TouchpointInput): Promise<{ journeyId: string | null; stageId: string | null }> {
    if (!input.journeyKey) return { journeyId: null, stageId: null };
    const check = new FieldChecker('input');
    const journey = await this.scope.em.findOne(Journey, { tenantId: this.scope.tenantId, key: input.journeyKey });
    if (!journey) check.fail('journeyKey', `no journey has the key "${input.journeyKey}"`);
    let stage: JourneyStage | null = null;
    if (journey && input.stageKey) {
      stage = await this.scope.em.findOne(JourneyStage, { tenantId: this.scope.tenantId, journeyId: journey.id, key: input.stageKey });
      if (!stage) check.fail('stageKey', `journey "${input.journeyKey}" has no stage "${input.stageKey}"`);
    }
    throwIfInvalid(check.errors);
    return { journeyId: journey?.id ?? null, stageId: stage?.id ?? null };
  }
}

function validateTouchpointInput(input: TouchpointInput) {
  const check = new FieldChecker('input');
  checkCustomerReference(check, input);
  check.date('occurredAt', input.occurredAt, true);
  check.requiredText('action', input.action, 100);
  check.optionalText('channel', input.channel, 100);
  for (const field of ['thought', 'gains', 'pains'] as const) check.optionalText(field, input[field], 2000);
  check.integer('emotion', input.emotion, -2, 2);
  if (input.stageKey && !input.journeyKey) check.fail('stageKey', 'needs journeyKey');
  return check.errors;
}

function touchpointConditions(filter: TouchpointFilter | null | undefined): Condition[] {
  const conditions: Condition[] = [];
  if (!filter) return conditions;
  if (filter.customerId) conditions.push({ sql: 'child.customer_id = ?::uuid', params: [filter.customerId] });
  if (filter.journeyId) conditions.push({ sql: 'child.journey_id = ?::uuid', params: [filter.journeyId] });
  if (filter.stageId) conditions.push({ sql: 'child.stage_id = ?::uuid', params: [filter.stageId] });
  if (filter.channel) conditions.push({ sql: 'child.channel = ?', params: [filter.channel] });
  if (filter.action) conditions.push({ sql: 'child.action = ?', params: [filter.action] });
  if (filter.from) conditions.push({ sql: 'child.occurred_at >= ?', params: [filter.from] });
  if (filter.to) conditions.push({ sql: 'child.occurred_at < ?', params: [filter.to] });
  return conditions;
}
