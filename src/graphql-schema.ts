import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray, type ResolverData } from 'type-graphql';
import { ForbiddenError } from './common/errors.js';
import { installLeanFieldResolvers } from './common/lean-field-resolvers.js';
import type { RequestContext } from './context.js';
import { ApiKeyResolver } from './modules/auth/api-key.resolver.js';
import { hasScope } from './modules/auth/scopes.js';
import { CustomerResolver } from './modules/customer/customer.resolver.js';
import { FeedbackResolver } from './modules/feedback/feedback.resolver.js';
import { JourneyResolver } from './modules/journey/journey.resolver.js';
import { TouchpointResolver } from './modules/journey/touchpoint.resolver.js';
import { OrderResolver } from './modules/order/order.resolver.js';
import { TagResolver } from './modules/tag/tag.resolver.js';
import { ImportRunResolver } from './modules/import/import.resolver.js';
import { ANALYTICS_RESOLVERS } from './modules/analytics/analytics.resolvers.js';
import { AssessmentResolver } from './modules/maturity/maturity.resolver.js';
import { SegmentResolver } from './modules/segment/segment.resolver.js';
import { TrustedDocumentResolver } from './modules/trusted-document/trusted-document.resolver.js';
import { WEBHOOK_RESOLVERS } from './modules/segment/webhook/webhook.resolver.js';

/** Every field marked @Authorized(scope) needs that scope; the error names the missing one. */
const scopeChecker = ({ context }: ResolverData<RequestContext>, scopes: string[]): boolean => {
  for (const scope of scopes) {
    if (!hasScope(context.auth.scopes, scope)) throw new ForbiddenError(scope);
  }
  return true;
};

const RESOLVERS: NonEmptyArray<Function> = [ApiKeyResolver, CustomerResolver, TagResolver, OrderResolver, FeedbackResolver, JourneyResolver, TouchpointResolver, ImportRunResolver, ...ANALYTICS_RESOLVERS, SegmentResolver, ...WEBHOOK_RESOLVERS, AssessmentResolver, TrustedDocumentResolver];

export async function buildGraphQLSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers: RESOLVERS, authChecker: scopeChecker, validate: false });
  // Field resolvers run once per row of a page: plain functions, not type-graphql's wrapper.
  installLeanFieldResolvers(schema, { resolvers: RESOLVERS, authChecker: scopeChecker });
  return schema;
}
