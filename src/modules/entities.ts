import { ApiKey } from './auth/api-key.entity.js';
import { Customer } from './customer/customer.entity.js';
import { Feedback } from './feedback/feedback.entity.js';
import { Journey, JourneyStage } from './journey/journey.entity.js';
import { Touchpoint } from './journey/touchpoint.entity.js';
import { Order } from './order/order.entity.js';
import { CustomerTagAssignment } from './tag/customer-tag.entity.js';
import { Tag } from './tag/tag.entity.js';
import { Tenant } from './tenant/tenant.entity.js';
import { ImportRun } from './import/import-run.entity.js';
import { Segment } from './segment/segment.entity.js';

/** Every MikroORM entity, listed explicitly (no folder scanning at run time). */
export const ENTITIES = [Tenant, ApiKey, Customer, Tag, CustomerTagAssignment, Order, Journey, JourneyStage, Touchpoint, Feedback, ImportRun, Segment];
