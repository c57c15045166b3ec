import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { RequestContext } from '../context.js';
import type { Charge, CostRateLimiter } from './cost-rate-limiter.js';
import { ErrorCode } from './errors.js';
import { literalProblem, variablesProblem } from './input-hygiene.js';
import {
  aliasLimitError,
  costLimitError,
  depthLimitError,
  directiveLimitError,
  documentCounts,
  operationCost,
  operationDepth,
} from './query-limits.js';

export interface DocumentLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
}

export interface Budgets {
  limiter: CostRateLimiter;
  defaultCostPerMinute: number;
}

/**
 * Refuses documents over the limits and values no field may hold, charges the key's budget with the operation's cost, puts
 * the budget in the response headers, and marks the request failed on any error (so its
 * transaction rolls back).
 */
export function requestGuardPlugin(limits: DocumentLimits, budgets: Budgets): ApolloServerPlugin<RequestContext> {
  // Apollo hands every repeat of a query text the same parsed document, so what depends on the
  // document alone is checked once per operation; variables and the cost (page sizes may be
  // variables) are checked on every request. The order of the checks is the same either way.
  const passedDocumentChecks = new WeakSet<OperationDefinitionNode>();
  return {
    async requestDidStart() {
      let charge: Charge | undefined;
      return {
        async didResolveOperation({ document, operation, request, contextValue }) {
          if (!operation) return;
          const checked = passedDocumentChecks.has(operation);
          const literal = checked ? undefined : literalProblem(document);
          if (literal) throw literal;
          const variables = variablesProblem(request.variables ?? {});
          if (variables) throw variables;
          if (!checked) {
            checkDocumentShape(document, operation, limits);
            passedDocumentChecks.add(operation);
          }
          const cost = operationCost(document, operation, request.variables ?? {});
          if (cost > limits.maxCost) throw costLimitError(cost, limits.maxCost);
          const apiKey = contextValue.auth.apiKey;
          charge = budgets.limiter.charge(apiKey.id, apiKey.costPerMinute ?? budgets.defaultCostPerMinute, Math.max(1, cost));
          if (charge.exceedsBudget) throw overBudgetError(cost, charge.limit);
          if (!charge.allowed) throw rateLimitedError(cost, charge);
        },
        async didEncounterErrors({ contextValue }) {
          contextValue.outcome.hadErrors = true;
        },
        async willSendResponse({ response }) {
          if (charge) for (const [name, value] of budgetHeaders(charge)) response.http.headers.set(name, value);
          // A resolver that lost the database answers like the rest of the server does: 503, so
          // clients and load balancers retry elsewhere or later.
          if (response.body.kind === 'single' && response.body.singleResult.errors?.some((error) => error.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) {
            response.http.status = 503;
          }
        },
      };
    },
  };
}

/** Aliases, directives and depth against their limits; throws the first one over. */
function checkDocumentShape(document: DocumentNode, operation: OperationDefinitionNode, limits: DocumentLimits): void {
  const { aliases, directives } = documentCounts(document);
  if (aliases > limits.maxAliases) throw aliasLimitError(aliases, limits.maxAliases);
  if (directives > limits.maxDirectives) throw directiveLimitError(directives, limits.maxDirectives);
  const depth = operationDepth(document, operation);
  if (depth > limits.maxDepth) throw depthLimitError(depth, limits.maxDepth);
}

/** The IETF RateLimit header fields (draft 7 names), in cost units. */
function budgetHeaders(charge: Charge): [string, string][] {
  return [
    ['ratelimit-policy', `${charge.limit};w=60`],
    ['ratelimit-limit', String(charge.limit)],
    ['ratelimit-remaining', String(charge.remaining)],
    ['ratelimit-reset', String(charge.resetSeconds)],
  ];
}

function rateLimitedError(cost: number, charge: Charge): GraphQLError {
  return new GraphQLError(
    `This API key has spent its query budget (${charge.limit} cost per minute): this request costs ${cost}, ${charge.remaining} is left; retry in ${charge.retryAfterSeconds} s`,
    {
      extensions: {
        code: ErrorCode.RATE_LIMITED,
        cost,
        remaining: charge.remaining,
        retryAfterSeconds: charge.retryAfterSeconds,
        http: { status: 429, headers: new HeaderMap([['retry-after', String(charge.retryAfterSeconds)]]) },
      },
    },
  );
}

function overBudgetError(cost: number, budget: number): GraphQLError {
  return new GraphQLError(`Query cost ${cost} exceeds this API key's whole budget of ${budget} per minute; ask for smaller pages or fewer fields`, {
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit: 'budget', cost, costPerMinute: budget, http: { status: 400 } },
  });
}
