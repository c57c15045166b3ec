import { throwIfInvalid } from '../../common/errors.js';
import { listPage } from '../../common/list-page.js';
import type { SortSpec } from '../../common/keyset.js';
import type { ConnectionShape } from '../../common/pagination.js';
import { FieldChecker } from '../../common/validation.js';
import type { TenantScope } from '../../context.js';
import { resolveCustomerIds } from '../customer/customer-reference.js';
import { checkCustomerReference } from '../order/order.validation.js';
import { CustomerTagAssignment } from './customer-tag.entity.js';
import { Tag } from './tag.entity.js';
import { TagCategory, TagSource } from './tag.enums.js';
import type { TagCustomerInput, TagInput, TagsArgs, UntagCustomerInput } from './tag.types.js';

const TAG_SORT: SortSpec = { name: 'KEY_ASC', expression: 'child.key', cast: 'text', direction: 'asc' };
const TAG_LIST = { table: 'tag', alias: 'child', sort: TAG_SORT, sortValue: (tag: Tag) => tag.key, entity: Tag };

export class TagService {
  constructor(private readonly scope: TenantScope) {}

  list(args: TagsArgs): Promise<ConnectionShape<Tag>> {
    const conditions = args.category ? [{ sql: 'child.category = ?', params: [args.category] }] : [];
    return listPage(this.scope, TAG_LIST, conditions, args);
  }

  /** Creates the tag, or updates its label, category and description when the key exists. */
  async upsert(input: TagInput): Promise<Tag> {
    const check = new FieldChecker('input');
    check.key('key', input.key);
    check.requiredText('label', input.label, 200);
    check.oneOf('category', input.category, Object.values(TagCategory), true);
    check.optionalText('description', input.description, 2000);
    throwIfInvalid(check.errors);
    const tag = (await this.scope.em.findOne(Tag, { tenantId: this.scope.tenantId, key: input.key })) ?? Object.assign(new Tag(), { tenantId: this.scope.tenantId, key: input.key });
    Object.assign(tag, { label: input.label.trim(), category: input.category, description: input.description ?? null });
    await this.scope.em.persistAndFlush(tag);
    return tag;
  }

  /** Assigns the tag (or updates the assignment); returns the customer's id. */
  async tagCustomer(input: TagCustomerInput): Promise<string> {
    const check = new FieldChecker('input');
    checkCustomerReference(check, input);
    check.key('tagKey', input.tagKey);
    check.oneOf('source', input.source, Object.values(TagSource), true);
    check.decimal('score', input.score);
    check.decimal('confidence', input.confidence, { min: 0 });
    if (input.confidence !== undefined && input.confidence !== null && Number(input.confidence) > 1) check.fail('confidence', 'must be from 0 to 1');
    check.date('expiresAt', input.expiresAt);
    throwIfInvalid(check.errors);
    const [customerId] = await resolveCustomerIds(this.scope, [input], () => 'input');
    const tag = await this.requireTag(input.tagKey);
    const assignment =
      (await this.scope.em.findOne(CustomerTagAssignment, { tenantId: this.scope.tenantId, customerId: customerId as string, tagId: tag.id })) ??
      Object.assign(new CustomerTagAssignment(), { tenantId: this.scope.tenantId, customerId, tagId: tag.id });
    Object.assign(assignment, {
      source: input.source,
      score: input.score ?? null,
      confidence: input.confidence ?? null,
      expiresAt: input.expiresAt ?? null,
      assignedAt: new Date(),
    });
    await this.scope.em.persistAndFlush(assignment);
    return customerId as string;
  }

  /** Removes the tag from the customer; returns the customer's id. Removing an absent tag is fine. */
  async untagCustomer(input: UntagCustomerInput): Promise<string> {
    const check = new FieldChecker('input');
    checkCustomerReference(check, input);
    check.key('tagKey', input.tagKey);
    throwIfInvalid(check.errors);
    const [customerId] = await resolveCustomerIds(this.scope, [input], () => 'input');
    const tag = await this.requireTag(input.tagKey);
    await this.scope.em.nativeDelete(CustomerTagAssignment, { tenantId: this.scope.tenantId, customerId: customerId as string, tagId: tag.id });
    return customerId as string;
  }

  private async requireTag(key: string): Promise<Tag> {
    const tag = await this.scope.em.findOne(Tag, { tenantId: this.scope.tenantId, key });
    if (!tag) {
      const check = new FieldChecker('input');
      check.fail('tagKey', `no tag has the key "${key}"; create it with upsertTag first`);
      throwIfInvalid(check.errors);
    }
    return tag as Tag;
  }
}
